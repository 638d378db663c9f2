package org.warledger.server.grpc;

import java.util.List;

/** A request with one or more bad fields; mapped to INVALID_ARGUMENT with a BadRequest detail. */
public class RequestValidationException extends RuntimeException {

    /** One bad field: its path in the request (e.g. {@code location.latitude}) and what is wrong. */
    public record Violation(String field, String description) {
    }

    private final List<Violation> violations;

    public RequestValidationException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.description()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid request"));
        this.violations = List.copyOf(violations);
    }

    public static RequestValidationException of(String field, String description) {
        return new RequestValidationException(List.of(new Violation(field, description)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
