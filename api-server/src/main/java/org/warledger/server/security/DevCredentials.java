package org.warledger.server.security;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * One-command start: in development mode, the first start makes an RSA key pair and an all-roles
 * token next to the data, and says where they are; the CLI reads the token from there. In
 * production mode the server refuses to start unless real keys and an issuer are configured.
 *
 * <p>Making a 2048-bit RSA key takes a few hundred milliseconds of one core, so {@link #prepare()}
 * starts it on a thread of its own as soon as the runtime configuration is there (from
 * {@link DevKeyEarlyStart}, while the migrations, Axon and gRPC start on the main thread), and the
 * start-up observer only waits for it; the server is ready once the token file is written.
 */
@ApplicationScoped
public class DevCredentials {

    private static final Logger LOG = Logger.getLogger(DevCredentials.class);
    public static final String PRIVATE_KEY = "dev-jwt-private.pem";
    public static final String PUBLIC_KEY = "dev-jwt-public.pem";
    public static final String TOKEN = "dev-token";

    private final SecurityConfig config;
    private final Path dataDir;
    private final Optional<String> keyLocation;
    private final Optional<String> issuer;
    private CompletableFuture<Path> made;

    public DevCredentials(SecurityConfig config, @ConfigProperty(name = "warledger.data-dir") Path dataDir,
                          @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
                          @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer) {
        this.config = config;
        this.dataDir = dataDir;
        this.keyLocation = keyLocation;
        this.issuer = issuer;
    }

    /**
     * Starts making the development key pair and token in the background if this start will need
     * them (development mode, no key next to the data yet); does nothing when called again.
     */
    public synchronized void prepare() {
        if (made == null && config.mode() == SecurityConfig.Mode.DEVELOPMENT
                && !Files.exists(dataDir.resolve(PUBLIC_KEY))) {
            made = CompletableFuture.supplyAsync(this::writeDevCredentials, task -> {
                Thread maker = new Thread(task, "warledger-dev-key");
                maker.setDaemon(true);
                maker.start();
            });
        }
    }

    void onStart(@Observes @Priority(1) StartupEvent event) throws IOException, GeneralSecurityException {
        if (config.mode() == SecurityConfig.Mode.PRODUCTION) {
            requireRealKeys();
            return;
        }
        prepare();
        CompletableFuture<Path> pending = pending();
        if (pending != null) {
            Path tokenFile = await(pending);
            LOG.warnf("Development mode: made a signing key and an all-roles token for 'dev-admin' in %s "
                    + "(the CLI uses it when started here). Never use these in production.", tokenFile.toAbsolutePath());
        }
    }

    private synchronized CompletableFuture<Path> pending() {
        return made;
    }

    private static Path await(CompletableFuture<Path> pending) throws IOException, GeneralSecurityException {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException cause) {
                throw cause;
            }
            if (e.getCause() instanceof GeneralSecurityException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void requireRealKeys() {
        String location = keyLocation.orElse("");
        if (location.isBlank() || location.endsWith(PUBLIC_KEY)) {
            throw new IllegalStateException("warledger.security.mode=production needs a real public key: set "
                    + "mp.jwt.verify.publickey.location (env MP_JWT_VERIFY_PUBLICKEY_LOCATION), not the development key");
        }
        if (issuer.orElse("").isBlank() || issuer.get().equals(config.devIssuer())) {
            throw new IllegalStateException("warledger.security.mode=production needs mp.jwt.verify.issuer "
                    + "(env MP_JWT_VERIFY_ISSUER) set to your token issuer");
        }
    }

    /** Makes the key pair and the token and writes them; returns the token's file. */
    private Path writeDevCredentials() {
        try {
            KeyPair keys = KeyUtils.generateKeyPair(2048);
            Pem.writeKey(dataDir.resolve(PRIVATE_KEY), "PRIVATE KEY", keys.getPrivate());
            String token = Jwt.upn("dev-admin").groups(Roles.ALL).issuer(issuer.orElse(config.devIssuer()))
                    .expiresIn(Duration.ofDays(365)).sign(keys.getPrivate());
            Path tokenFile = dataDir.resolve(TOKEN);
            Pem.writePrivate(tokenFile, token + "\n");
            // last: a start finds the public key only once the token it belongs to is written
            Pem.writeKey(dataDir.resolve(PUBLIC_KEY), "PUBLIC KEY", keys.getPublic());
            return tokenFile;
        } catch (IOException | GeneralSecurityException e) {
            throw new CompletionException(e);
        }
    }
}
