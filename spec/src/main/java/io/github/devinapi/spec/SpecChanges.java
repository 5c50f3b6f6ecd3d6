package io.github.devinapi.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * The changes between two specs, classified for users of the generated client.
 *
 * <p>The comparison is OpenAPITools' openapi-diff. Fed a 3.1 document directly it misses type and
 * enum changes (its parser keeps 3.1 types in a set it does not compare), so both documents are
 * first brought to their 3.0 equivalent: nullability folded as for generation, version set to 3.0.3.
 *
 * <p>Rules (breaking = existing code using the client may stop compiling or working): a removed
 * operation, parameter, property or response status; any new parameter (the generated Java
 * method's signature changes); a new required request field; a type or format change; a removed
 * request enum value; any change to a response enum (a new value cannot be parsed by older
 * clients); a response field that is no longer required. New operations, optional request fields,
 * response fields and response statuses are compatible.
 */
public final class SpecChanges {

    private final List<SpecChange> changes = new ArrayList<>();

    private SpecChanges() {}

    public static List<SpecChange> between(SpecDocument accepted, SpecDocument current) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(comparable(accepted), comparable(current));
        SpecChanges walker = new SpecChanges();
        walker.walk(diff);
        return List.copyOf(walker.changes);
    }

    private static String comparable(SpecDocument spec) {
        ObjectNode root = GenerationSpec.normalisedCopy(spec);
        root.put("openapi", "3.0.3");
        return root.toString();
    }

    private void walk(ChangedOpenApi diff) {
        for (Endpoint removed : diff.getMissingEndpoints()) {
            add(true, key(removed), "", "operation removed");
        }
        for (Endpoint added : diff.getNewEndpoints()) {
            add(false, key(added), "", "operation added");
        }
        for (Endpoint deprecated : diff.getDeprecatedEndpoints()) {
            add(false, key(deprecated), "", "operation deprecated");
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            String key = operation.getHttpMethod() + " " + operation.getPathUrl();
            parameters(key, operation.getParameters());
            if (operation.getRequestBody() != null) {
                if (operation.getRequestBody().isChangeRequired()) {
                    boolean nowRequired = Boolean.TRUE.equals(
                            operation.getRequestBody().getNewRequestBody().getRequired());
                    add(nowRequired, key, "request body", nowRequired ? "now required" : "now optional");
                }
                content(key, "request body", operation.getRequestBody().getContent(), true);
            }
            responses(key, operation.getApiResponses());
        }
    }

    private void parameters(String operation, ChangedParameters parameters) {
        if (parameters == null) {
            return;
        }
        for (Parameter added : parameters.getIncreased()) {
            add(
                    true,
                    operation,
                    parameter(added.getIn(), added.getName()),
                    (Boolean.TRUE.equals(added.getRequired()) ? "required" : "optional")
                            + " parameter added (the generated method's signature changes)");
        }
        for (Parameter removed : parameters.getMissing()) {
            add(true, operation, parameter(removed.getIn(), removed.getName()), "parameter removed");
        }
        for (ChangedParameter changed : parameters.getChanged()) {
            String where = parameter(changed.getIn(), changed.getName());
            if (changed.isChangeRequired()) {
                boolean nowRequired =
                        Boolean.TRUE.equals(changed.getNewParameter().getRequired());
                add(nowRequired, operation, where, nowRequired ? "now required" : "now optional");
            }
            schema(operation, where, "", changed.getSchema(), true);
            content(operation, where, changed.getContent(), true);
        }
    }

    private void responses(String operation, ChangedApiResponse responses) {
        if (responses == null) {
            return;
        }
        responses.getMissing().keySet().forEach(status -> add(true, operation, "response " + status, "status removed"));
        responses
                .getIncreased()
                .keySet()
                .forEach(status -> add(false, operation, "response " + status, "status added"));
        responses
                .getChanged()
                .forEach((status, response) -> content(operation, "response " + status, response.getContent(), false));
    }

    private void content(String operation, String where, ChangedContent content, boolean request) {
        if (content == null) {
            return;
        }
        content.getMissing().keySet().forEach(type -> add(true, operation, where, "media type " + type + " removed"));
        content.getIncreased().keySet().forEach(type -> add(false, operation, where, "media type " + type + " added"));
        content.getChanged().forEach((type, media) -> schema(operation, where, "", media.getSchema(), request));
    }

    private void schema(String operation, String where, String path, ChangedSchema schema, boolean request) {
        if (schema == null) {
            return;
        }
        String at = at(where, path);
        if (schema.isChangedType()) {
            add(
                    true,
                    operation,
                    at,
                    "type changed from " + typeOf(schema.getOldSchema()) + " to " + typeOf(schema.getNewSchema()));
        } else if (schema.isChangeFormat()) {
            add(
                    true,
                    operation,
                    at,
                    "format changed from " + schema.getOldSchema().getFormat() + " to "
                            + schema.getNewSchema().getFormat());
        }
        if (schema.getEnumeration() != null) {
            for (Object value : schema.getEnumeration().getMissing()) {
                add(true, operation, at, "enum value '" + value + "' removed");
            }
            for (Object value : schema.getEnumeration().getIncreased()) {
                add(
                        !request,
                        operation,
                        at,
                        "enum value '" + value + "' added" + (request ? "" : " (older clients cannot parse it)"));
            }
        }
        List<String> newlyRequired =
                schema.getRequired() == null ? List.of() : schema.getRequired().getIncreased();
        List<String> noLongerRequired =
                schema.getRequired() == null ? List.of() : schema.getRequired().getMissing();
        for (Map.Entry<String, Schema<?>> added :
                schema.getIncreasedProperties().entrySet()) {
            boolean required = newlyRequired.contains(added.getKey());
            add(
                    request && required,
                    operation,
                    at(where, join(path, added.getKey())),
                    (required ? "required" : "optional") + " field added (" + typeOf(added.getValue()) + ")");
        }
        for (String removed : schema.getMissingProperties().keySet()) {
            add(true, operation, at(where, join(path, removed)), "field removed");
        }
        for (String name : newlyRequired) {
            if (!schema.getIncreasedProperties().containsKey(name)) {
                add(request, operation, at(where, join(path, name)), "field now required");
            }
        }
        for (String name : noLongerRequired) {
            if (!schema.getMissingProperties().containsKey(name)) {
                add(
                        !request,
                        operation,
                        at(where, join(path, name)),
                        "field no longer required" + (request ? "" : " (may be absent)"));
            }
        }
        schema.getChangedProperties()
                .forEach((name, property) -> schema(operation, where, join(path, name), property, request));
        schema(operation, where, path + "[]", schema.getItems(), request);
        schema(operation, where, path + "{}", schema.getAddProp(), request);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String at(String where, String path) {
        return path.isEmpty() ? where : where + ": " + path;
    }

    private static String typeOf(Schema<?> schema) {
        if (schema == null) {
            return "?";
        }
        if (schema.get$ref() != null) {
            return schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        }
        String type = schema.getType() == null ? "any" : schema.getType();
        return schema.getFormat() == null ? type : type + "/" + schema.getFormat();
    }

    private static String parameter(String in, String name) {
        return in + " parameter " + name;
    }

    private static String key(Endpoint endpoint) {
        return endpoint.getMethod() + " " + endpoint.getPathUrl();
    }

    private void add(boolean breaking, String operation, String where, String what) {
        changes.add(new SpecChange(breaking, operation, where, what));
    }
}
