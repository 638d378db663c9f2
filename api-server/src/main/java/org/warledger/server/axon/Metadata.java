package org.warledger.server.axon;

/** Metadata keys carried from a command to every event it produces. */
public final class Metadata {

    /** Who recorded it: the authenticated principal (the token's upn or sub). */
    public static final String RECORDED_BY = "recordedBy";
    /** The name the client program declared for itself (not verified; the principal is {@link #RECORDED_BY}). */
    public static final String CLIENT_NAME = "clientName";
    /** The client's request id. */
    public static final String REQUEST_ID = "requestId";
    /** Server time the request was received (ISO-8601). */
    public static final String RECORDED_AT = "recordedAt";

    private Metadata() {
    }
}
