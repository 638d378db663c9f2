package org.warledger.domain.common;

/**
 * A command that is well formed but breaks a rule of the entity's current state (retracting a
 * claim twice, revising a retracted claim). Nothing is stored. {@code reason} is an UPPER_SNAKE
 * code clients can act on.
 */
public class RuleViolationException extends RuntimeException {

    private final String reason;

    public RuleViolationException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
