package org.warledger.bench;

import io.grpc.StatusRuntimeException;

final class Errors {

    private Errors() {
    }

    /** A short description of a failed call: the gRPC status code and message, or the exception. */
    static String describe(Throwable e) {
        if (e instanceof StatusRuntimeException s) {
            String d = s.getStatus().getDescription();
            return s.getStatus().getCode() + (d == null ? "" : ": " + truncate(d));
        }
        return e.getClass().getSimpleName() + ": " + truncate(String.valueOf(e.getMessage()));
    }

    private static String truncate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
