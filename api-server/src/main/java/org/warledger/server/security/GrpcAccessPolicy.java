package org.warledger.server.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Applies {@link AccessRules} to every request on the shared HTTP/2 port before it reaches a gRPC
 * service, so a refused call never runs. A refused caller without a valid token gets 401 (gRPC
 * {@code UNAUTHENTICATED}); one whose roles do not fit gets 403 ({@code PERMISSION_DENIED}).
 */
@ApplicationScoped
public class GrpcAccessPolicy implements HttpSecurityPolicy {

    private final SecurityConfig config;

    public GrpcAccessPolicy(SecurityConfig config) {
        this.config = config;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext context) {
        String path = request.normalizedPath();
        if (!isGrpc(request)) {
            return config.openPaths().stream().anyMatch(path::startsWith) ? CheckResult.permit() : CheckResult.deny();
        }
        int slash = path.lastIndexOf('/');
        String service = slash > 0 ? path.substring(1, slash) : "";
        if (config.openServices().contains(service)) {
            return CheckResult.permit();
        }
        Optional<Set<String>> roles = AccessRules.allowedRoles(service, path.substring(slash + 1));
        return identity.map(id -> !id.isAnonymous() && roles.isPresent()
                && roles.get().stream().anyMatch(id::hasRole) ? CheckResult.PERMIT : CheckResult.DENY);
    }

    private static boolean isGrpc(RoutingContext request) {
        String type = request.request().getHeader("content-type");
        return type != null && type.startsWith("application/grpc");
    }
}
