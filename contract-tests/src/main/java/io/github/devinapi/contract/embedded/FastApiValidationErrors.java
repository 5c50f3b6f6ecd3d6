package io.github.devinapi.contract.embedded;

import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code detail} array FastAPI (pydantic v2) answers an invalid request with, derived from what
 * the spec validator finds: {@code {"type": "missing", "loc": ["body", "user_ids"], "msg": "Field required", "input": {...}}}.
 * {@code loc} starts with body, path, query or header; array indexes are integers.
 */
final class FastApiValidationErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REQUIRED = Pattern.compile("required property '(.+)' not found");
    private static final Pattern TYPE = Pattern.compile("(\\w+) found, (\\w+) expected");
    /** "must have at most 100 items but found 101": the bound. */
    private static final Pattern ITEMS = Pattern.compile("at (?:most|least) (\\d+) items");

    private static final Map<String, String[]> TYPE_ERRORS = Map.of(
            "array", new String[] {"list_type", "Input should be a valid list"},
            "string", new String[] {"string_type", "Input should be a valid string"},
            "integer", new String[] {"int_type", "Input should be a valid integer"},
            "number", new String[] {"float_type", "Input should be a valid number"},
            "boolean", new String[] {"bool_type", "Input should be a valid boolean"},
            "object",
                    new String[] {
                        "model_attributes_type", "Input should be a valid dictionary or object to extract fields from"
                    });

    private FastApiValidationErrors() {}

    /** The errors FastAPI would report for the request; empty when it would accept it. */
    static ArrayNode of(Exchange.Request request, ContractValidator validator) {
        ArrayNode detail = JSON.createArrayNode();
        String body = request.body() == null ? "" : request.body();
        String contentType = request.header("Content-Type");
        if (body.isEmpty()) {
            // FastAPI treats an empty body as no body at all, whatever its content type: "missing" where
            // the operation requires one, and only the parameters are checked where it takes none.
            fromReport(validator.validateRequest(withoutBody(request)), NullNode.getInstance(), detail);
        } else if (contentType != null && !isJson(contentType)) {
            // FastAPI parses only JSON media types; anything else reaches the model as a string.
            add(detail, "model_attributes_type", List.of("body"), TYPE_ERRORS.get("object")[1], TextNode.valueOf(body));
        } else {
            JsonNode parsed;
            try {
                parsed = JSON.readTree(body);
            } catch (JsonProcessingException e) {
                ObjectNode error = add(
                        detail,
                        "json_invalid",
                        List.of("body", (int) e.getLocation().getCharOffset()),
                        "JSON decode error",
                        JSON.createObjectNode());
                error.putObject("ctx").put("error", e.getOriginalMessage());
                return detail;
            }
            // A request without Content-Type is parsed as JSON by FastAPI, so it is validated as JSON here.
            Exchange.Request asJson = withJsonContentType(request);
            fromReport(validator.validateRequest(asJson), parsed, detail);
        }
        detail.forEach(error -> withInput((ObjectNode) error, request));
        return detail;
    }

    private static void fromReport(ValidationReport report, JsonNode body, ArrayNode detail) {
        Set<String> seenLocations = new HashSet<>();
        for (Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            String key = message.getKey();
            String pointer = message.getContext()
                    .flatMap(MessageContext::getPointers)
                    .map(MessageContext.Pointers::getInstance)
                    .orElse("");
            if (key.equals("validation.request.body.missing")) {
                add(detail, "missing", List.of("body"), "Field required", NullNode.getInstance());
            } else if (key.startsWith("validation.request.body.schema.")) {
                bodyError(
                        key.substring("validation.request.body.schema.".length()),
                        message.getMessage(),
                        pointer,
                        body,
                        detail,
                        seenLocations);
            } else if (key.startsWith("validation.request.parameter.")) {
                message.getContext()
                        .flatMap(MessageContext::getParameter)
                        .ifPresent(parameter -> parameterError(key, message.getMessage(), parameter, detail));
            }
            // Accept and other header negotiation: FastAPI does not check them.
        }
    }

    /** Query, path and header parameters: pydantic's words for a missing value, a bound and a number that is none. */
    private static void parameterError(String key, String text, Parameter parameter, ArrayNode detail) {
        List<Object> loc = List.of(parameter.getIn(), parameter.getName());
        Schema<?> schema = parameter.getSchema();
        if (key.endsWith(".missing")) {
            add(detail, "missing", loc, "Field required", NullNode.getInstance());
        } else if (key.endsWith(".schema.minimum") && schema != null && schema.getMinimum() != null) {
            bounded(detail, loc, "greater_than_equal", "greater than or equal to", "ge", schema.getMinimum());
        } else if (key.endsWith(".schema.maximum") && schema != null && schema.getMaximum() != null) {
            bounded(detail, loc, "less_than_equal", "less than or equal to", "le", schema.getMaximum());
        } else if (key.endsWith(".schema.type") && schema != null && "integer".equals(type(schema))) {
            add(
                    detail,
                    "int_parsing",
                    loc,
                    "Input should be a valid integer, unable to parse string as an integer",
                    NullNode.getInstance());
        } else {
            add(detail, "value_error", loc, text, NullNode.getInstance());
        }
    }

    /** {"type": "greater_than_equal", "msg": "Input should be greater than or equal to 1", "ctx": {"ge": 1}}, as pydantic writes it. */
    private static void bounded(
            ArrayNode detail, List<Object> loc, String type, String words, String name, BigDecimal bound) {
        BigDecimal plain = bound.stripTrailingZeros();
        ObjectNode error = add(
                detail, type, loc, "Input should be " + words + " " + plain.toPlainString(), NullNode.getInstance());
        try {
            error.putObject("ctx").set(name, JSON.readTree(plain.toPlainString())); // 200 as an int, as JSON reads it
        } catch (JsonProcessingException notANumber) {
            throw new IllegalStateException(notANumber);
        }
    }

    private static String type(Schema<?> schema) {
        return schema.getType() != null
                ? schema.getType()
                : schema.getTypes() != null && !schema.getTypes().isEmpty()
                        ? schema.getTypes().iterator().next()
                        : null;
    }

    private static void bodyError(
            String keyword, String text, String pointer, JsonNode body, ArrayNode detail, Set<String> seen) {
        List<Object> loc = location(pointer, body);
        JsonNode input = pointer.isEmpty() ? body : body.at(pointer);
        if (keyword.equals("required")) {
            Matcher property = REQUIRED.matcher(text);
            String name = property.find() ? property.group(1) : "?";
            loc.add(name);
            if (seen.add(loc.toString())) {
                add(detail, "missing", loc, "Field required", input);
            }
            return;
        }
        String expected = "";
        if (keyword.equals("type")) {
            Matcher type = TYPE.matcher(text);
            expected = type.find() ? type.group(2) : "";
        }
        if (expected.equals("null")) {
            return; // the null branch of anyOf [X, null]: pydantic reports only X's errors (Optional[X])
        }
        if (!seen.add(loc.toString())) {
            return; // anyOf reports one message per branch; pydantic reports the first
        }
        if (keyword.equals("type")) {
            String[] error = TYPE_ERRORS.getOrDefault(expected, new String[] {"value_error", text});
            add(detail, error[0], loc, error[1], input);
        } else if (keyword.equals("maxItems") || keyword.equals("minItems")) {
            Matcher bound = ITEMS.matcher(text);
            int limit = bound.find() ? Integer.parseInt(bound.group(1)) : -1;
            boolean tooLong = keyword.equals("maxItems");
            ObjectNode error = add(
                    detail,
                    tooLong ? "too_long" : "too_short",
                    loc,
                    "List should have at " + (tooLong ? "most " : "least ") + limit + " item" + (limit == 1 ? "" : "s")
                            + " after validation, not " + input.size(),
                    input);
            error.putObject("ctx")
                    .put("field_type", "List")
                    .put(tooLong ? "max_length" : "min_length", limit)
                    .put("actual_length", input.size());
        } else {
            add(detail, "value_error", loc, text, input);
        }
    }

    /** ["body", "user_ids", 0]: a segment is an integer exactly where the body has an array. */
    private static List<Object> location(String pointer, JsonNode body) {
        List<Object> loc = new java.util.ArrayList<>();
        loc.add("body");
        JsonNode node = body;
        if (pointer.isEmpty()) {
            return loc;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (node != null && node.isArray() && segment.matches("\\d+")) {
                loc.add(Integer.parseInt(segment));
                node = node.get(Integer.parseInt(segment));
            } else {
                loc.add(segment);
                node = node == null ? null : node.get(segment);
            }
        }
        return loc;
    }

    private static ObjectNode add(ArrayNode detail, String type, List<Object> loc, String msg, JsonNode input) {
        ObjectNode error = detail.addObject();
        error.put("type", type);
        ArrayNode location = error.putArray("loc");
        for (Object part : loc) {
            if (part instanceof Integer index) {
                location.add(index);
            } else {
                location.add(part.toString());
            }
        }
        error.put("msg", msg);
        error.set("input", input == null || input.isMissingNode() ? NullNode.getInstance() : input);
        return error;
    }

    /** A parameter's input is the text sent for it, as FastAPI shows it; null when it was not sent. */
    private static void withInput(ObjectNode error, Exchange.Request request) {
        JsonNode loc = error.path("loc");
        if (loc.size() == 2 && loc.get(0).asText().equals("query") && request.rawQuery() != null) {
            for (String pair : request.rawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                if (decode(parts[0]).equals(loc.get(1).asText())) {
                    error.put("input", parts.length > 1 ? decode(parts[1]) : "");
                }
            }
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static Exchange.Request withoutBody(Exchange.Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.keySet().removeIf(name -> name.equalsIgnoreCase("Content-Type"));
        return new Exchange.Request(request.method(), request.rawPath(), request.rawQuery(), headers, null);
    }

    private static Exchange.Request withJsonContentType(Exchange.Request request) {
        if (request.header("Content-Type") != null) {
            return request;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.put("Content-Type", List.of("application/json"));
        return new Exchange.Request(request.method(), request.rawPath(), request.rawQuery(), headers, request.body());
    }
}
