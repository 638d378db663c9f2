package org.warledger.server.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.warledger.cli.common.BearerToken;
import org.warledger.server.security.DevCredentials;
import org.warledger.server.security.Roles;

/** Tokens for tests, signed with the development key the server under test made at start. */
public final class Tokens {

    private static PrivateKey key;
    private static Path keyFile;
    private static String admin;

    private Tokens() {
    }

    /** A valid token for {@code user} with the given roles. */
    public static String issue(String user, String... roles) {
        return Jwt.upn(user).groups(Set.of(roles)).issuer(issuer()).expiresIn(3600).sign(key());
    }

    /** A token with every role: what the existing tests use by default. */
    public static synchronized String admin() {
        if (admin == null || !devKeyFile().equals(keyFile)) {
            admin = Jwt.upn("test-admin").groups(Roles.ALL).issuer(issuer()).expiresIn(3600).sign(key());
        }
        return admin;
    }

    /** A token that expired an hour ago. */
    public static String expired(String user, String... roles) {
        Instant past = Instant.now().minusSeconds(7200);
        return Jwt.upn(user).groups(Set.of(roles)).issuer(issuer()).issuedAt(past).expiresAt(past.plusSeconds(3600))
                .sign(key());
    }

    /** A well-formed token signed by some other key. */
    public static String forged(String user, String... roles) {
        try {
            return Jwt.upn(user).groups(Set.of(roles)).issuer(issuer()).expiresIn(3600)
                    .sign(KeyUtils.generateKeyPair(2048).getPrivate());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static BearerToken credentials(String token) {
        return new BearerToken(token);
    }

    private static Path devKeyFile() {
        Config config = ConfigProvider.getConfig();
        return Path.of(config.getValue("warledger.data-dir", String.class), DevCredentials.PRIVATE_KEY);
    }

    private static String issuer() {
        return ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
    }

    /** The key of the server now under test (a test profile restarts it with a new data dir and key). */
    private static synchronized PrivateKey key() {
        Path file = devKeyFile();
        if (key == null || !file.equals(keyFile)) {
            try {
                key = KeyUtils.decodePrivateKey(Files.readString(file));
                keyFile = file;
                admin = null;
            } catch (Exception e) {
                throw new IllegalStateException("no development key at " + file, e);
            }
        }
        return key;
    }
}
