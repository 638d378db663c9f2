package org.warledger.server.axon;

/** Metadata keys carried from a command to every event it produces. */
public final class Metadata {

    /** Who recorded it: the authenticated principal, else the client's declared name, else anonymous. */
    public static final String RECORDED_BY = "recordedBy";
    /** The client's request id. */
    public static final String REQUEST_ID = "requestId";
    /** Server time the request was received (ISO-8601). */
    public static final String RECORDED_AT = "recordedAt";

    private Metadata() {
    }
}
