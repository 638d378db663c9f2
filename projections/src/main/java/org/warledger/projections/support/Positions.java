package org.warledger.projections.support;

import org.axonframework.eventhandling.TrackingToken;

/** The global position of the event being handled, from its tracking token. */
public final class Positions {

    private Positions() {
    }

    public static long of(TrackingToken token) {
        if (token == null) {
            throw new IllegalStateException("read models must be fed by a streaming processor");
        }
        return token.position().orElseThrow(() -> new IllegalStateException("token without position: " + token));
    }
}
