package org.warledger.server.grpc;

/** A read or write named something that does not exist; {@code field} says which part of the request. */
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
