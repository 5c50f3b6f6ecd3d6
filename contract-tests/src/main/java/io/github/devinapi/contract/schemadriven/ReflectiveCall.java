package io.github.devinapi.contract.schemadriven;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.Gson;
import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.TagAccessors;
import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.spec.SampleRequest;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.Arrays;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Makes the generated client's call for an operation with the values of a sampled request, found by
 * the same rules the build names things by: the interface is what DevinClient's accessor for the
 * operation's tag returns, the method is the operation's readable name, arguments go by their Retrofit
 * annotations, converted from JSON by the client's Gson.
 */
final class ReflectiveCall {

    private final Gson gson;

    ReflectiveCall(Gson gson) {
        this.gson = gson;
    }

    /** The generated interface of a tag: the return type of its accessor on {@link TagAccessors}. */
    static Class<?> apiInterface(String tag) {
        String accessor = io.github.devinapi.spec.TagAccessors.accessorName(tag);
        try {
            return TagAccessors.class.getMethod(accessor).getReturnType();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(
                    "DevinClient has no accessor " + accessor + "() for tag '" + tag
                            + "': the client was generated from another spec",
                    e);
        }
    }

    static Method method(Class<?> api, ContractOperation operation) {
        return Arrays.stream(api.getMethods())
                .filter(method -> method.getName().equals(operation.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the generated " + api.getSimpleName() + " has no method "
                        + operation.name() + "() for " + operation.key()));
    }

    Call<?> call(DevinClient devin, ContractOperation operation, SampleRequest request) {
        Class<?> api = apiInterface(operation.tag());
        Method method = method(api, operation);
        Parameter[] parameters = method.getParameters();
        Type[] types = method.getGenericParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = argument(parameters[i].getAnnotations(), types[i], request, method);
        }
        try {
            return (Call<?>) method.invoke(devin.api(api), arguments);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("calling " + api.getSimpleName() + "." + method.getName() + " failed: " + e, e);
        }
    }

    private Object argument(Annotation[] annotations, Type type, SampleRequest request, Method method) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Path path) {
                return convert(request.pathParameters().get(path.value()), type);
            }
            if (annotation instanceof Query query) {
                return convert(request.queryParameters().get(query.value()), type);
            }
            if (annotation instanceof Body) {
                return convert(request.body(), type);
            }
        }
        throw new AssertionError(
                method + " has a parameter the schema-driven scenarios cannot fill: " + Arrays.toString(annotations));
    }

    private Object convert(JsonNode value, Type type) {
        return value == null ? null : gson.fromJson(value.toString(), type);
    }
}
