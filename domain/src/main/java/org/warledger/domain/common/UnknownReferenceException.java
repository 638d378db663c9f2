package org.warledger.domain.common;

/** A command names an entity (by key or id) that does not exist. {@code field} names where. */
public class UnknownReferenceException extends RuntimeException {

    private final String field;

    public UnknownReferenceException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
