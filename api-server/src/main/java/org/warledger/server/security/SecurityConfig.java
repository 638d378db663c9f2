package org.warledger.server.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** {@code warledger.security.*}: how strict the server is about keys, and what stays open. */
@ConfigMapping(prefix = "warledger.security")
public interface SecurityConfig {

    /** Whether the server may make its own development keys. */
    enum Mode { DEVELOPMENT, PRODUCTION }

    /** {@code development} (default) makes keys and an all-roles token at first start; {@code production} requires real keys. */
    @WithDefault("development")
    Mode mode();

    /** gRPC services any caller may use without a token (health checks, reflection). */
    @WithDefault("grpc.health.v1.Health,grpc.reflection.v1.ServerReflection,grpc.reflection.v1alpha.ServerReflection")
    List<String> openServices();

    /** HTTP path prefixes any caller may use (health and metrics for probes and scrapers). */
    @WithDefault("/q/health,/q/metrics")
    List<String> openPaths();

    /** Issuer of the development tokens. */
    @WithDefault("warledger-dev")
    String devIssuer();
}
