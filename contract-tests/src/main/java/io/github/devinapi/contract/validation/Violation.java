package io.github.devinapi.contract.validation;

/**
 * One way an exchange breaks the spec.
 *
 * @param direction request or response
 * @param part what was checked: "body", "status", "Content-Type", "header Authorization", "path", ...
 * @param pointer JSON pointer into the body ("/detail/0/loc/1"), empty for the whole body or non-body parts
 * @param rule the rule broken: the validator's key ("validation.response.body.schema.type") or the suite's
 * @param schemaPointer where in the schema the rule is written, empty when not a schema rule
 * @param message what is wrong, in words
 */
public record Violation(
        Direction direction, String part, String pointer, String rule, String schemaPointer, String message) {

    public enum Direction {
        REQUEST("the client"),
        RESPONSE("the server");

        private final String side;

        Direction(String side) {
            this.side = side;
        }

        /** Who broke the contract: the client sent the request, the server answered. */
        public String side() {
            return side;
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** "response body at /status: integer found, string expected [rule validation.response.body.schema.type, schema #/properties/status/type]". */
    public String describe() {
        StringBuilder text = new StringBuilder().append(direction).append(' ').append(part);
        text.append(" at ").append(pointer.isEmpty() ? "(root)" : pointer);
        text.append(": ").append(message).append(" [rule ").append(rule);
        if (!schemaPointer.isEmpty()) {
            text.append(", schema ").append(schemaPointer);
        }
        return text.append(']').toString();
    }

    /** {@link #describe()}, saying which side broke the contract: "the server: response body at /status: ...". */
    public String attributed() {
        return direction.side() + ": " + describe();
    }

    @Override
    public String toString() {
        return describe();
    }
}
