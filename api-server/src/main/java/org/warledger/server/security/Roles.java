package org.warledger.server.security;

import java.util.Set;

/** The roles a token's {@code groups} claim may carry. */
public final class Roles {

    public static final String RECORDER = "recorder";
    public static final String ANALYST = "analyst";
    public static final String AUDITOR = "auditor";
    public static final String READER = "reader";
    public static final String ADMIN = "admin";

    /** Every role: what the development token carries. */
    public static final Set<String> ALL = Set.of(RECORDER, ANALYST, AUDITOR, READER, ADMIN);

    private Roles() {
    }
}
