package org.warledger.server.store;

/** A request id that already has stored events: the caller answers with the first answer. */
public class DuplicateRequestException extends RuntimeException {

    private final String requestId;

    public DuplicateRequestException(String requestId) {
        super("request " + requestId + " was already processed");
        this.requestId = requestId;
    }

    public String requestId() {
        return requestId;
    }
}
