package org.warledger.server.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/** Who is making the current call, as it is recorded on every event the call produces. */
@ApplicationScoped
public class CurrentRecorder {

    private final SecurityIdentity identity;

    public CurrentRecorder(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The token's principal ({@code upn}, else {@code preferred_username}, else {@code sub}); "anonymous" without one. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
