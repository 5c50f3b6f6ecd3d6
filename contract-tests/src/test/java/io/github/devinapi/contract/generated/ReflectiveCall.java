package io.github.devinapi.contract.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.Gson;
import io.github.devinapi.contract.spec.Operation;
import io.github.devinapi.spec.SampleRequest;
import io.github.devinapi.spec.TagAccessors;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.function.Function;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Calls the generated client's method for an operation with the values of a sampled request, found
 * by the same rules the build names things by: interface {@code <Tag>Api}, method the operation's
 * readable name, arguments by their Retrofit annotations, converted from JSON by the client's Gson.
 */
final class ReflectiveCall {

    private static final String API_PACKAGE = "io.github.devinapi.client.api.";

    private final Gson gson;
    private final Function<Class<?>, Object> apis;

    /** {@code apis}: the implementation of a generated interface to call through. */
    ReflectiveCall(Gson gson, Function<Class<?>, Object> apis) {
        this.gson = gson;
        this.apis = apis;
    }

    static Class<?> apiInterface(String tag) {
        String name = API_PACKAGE + TagAccessors.apiClassName(tag);
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the generated client has no " + name + " for tag '" + tag + "'", e);
        }
    }

    static Method method(Class<?> api, Operation operation) {
        return Arrays.stream(api.getMethods())
                .filter(method -> method.getName().equals(operation.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the generated " + api.getSimpleName() + " has no method "
                        + operation.name() + "() for " + operation.key()));
    }

    Call<?> call(String tag, Operation operation, SampleRequest request) {
        Class<?> api = apiInterface(tag);
        Method method = method(api, operation);
        Parameter[] parameters = method.getParameters();
        Type[] types = method.getGenericParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = argument(parameters[i].getAnnotations(), types[i], request, method);
        }
        try {
            return (Call<?>) method.invoke(apis.apply(api), arguments);
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
        throw new AssertionError(method + " has a parameter the schema-driven scenarios cannot fill: "
                + Arrays.toString(annotations));
    }

    private Object convert(JsonNode value, Type type) {
        return value == null ? null : gson.fromJson(value.toString(), type);
    }
}
