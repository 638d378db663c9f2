package org.warledger.server.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Production mode refuses the development key and a missing issuer; it never makes keys of its own. */
class DevCredentialsTest {

    @TempDir
    Path data;

    private static SecurityConfig mode(SecurityConfig.Mode mode) {
        return new SecurityConfig() {
            public Mode mode() { return mode; }
            public List<String> openServices() { return List.of(); }
            public List<String> openPaths() { return List.of(); }
            public String devIssuer() { return "warledger-dev"; }
        };
    }

    private void start(SecurityConfig.Mode mode, String keyLocation, String issuer) throws Exception {
        new DevCredentials(mode(mode), data, Optional.ofNullable(keyLocation), Optional.ofNullable(issuer))
                .onStart(null);
    }

    @Test
    void productionRefusesTheDevelopmentKey() {
        assertThatThrownBy(() -> start(SecurityConfig.Mode.PRODUCTION, data + "/dev-jwt-public.pem", "https://idp"))
                .hasMessageContaining("mp.jwt.verify.publickey.location");
        assertThat(data.resolve("dev-token")).doesNotExist();
    }

    @Test
    void productionRefusesTheDevelopmentIssuer() {
        assertThatThrownBy(() -> start(SecurityConfig.Mode.PRODUCTION, "/etc/warledger/jwt.pem", "warledger-dev"))
                .hasMessageContaining("mp.jwt.verify.issuer");
    }

    @Test
    void productionStartsWithRealKeys() {
        assertThatCode(() -> start(SecurityConfig.Mode.PRODUCTION, "/etc/warledger/jwt.pem", "https://idp"))
                .doesNotThrowAnyException();
        assertThat(data.resolve("dev-token")).doesNotExist();
    }

    @Test
    void developmentMakesKeysAndATokenOnceAndKeepsThem() throws Exception {
        start(SecurityConfig.Mode.DEVELOPMENT, null, "warledger-dev");
        String token = java.nio.file.Files.readString(data.resolve("dev-token"));
        start(SecurityConfig.Mode.DEVELOPMENT, null, "warledger-dev");

        assertThat(data.resolve("dev-jwt-private.pem")).exists();
        assertThat(data.resolve("dev-jwt-public.pem")).exists();
        assertThat(java.nio.file.Files.readString(data.resolve("dev-token"))).isEqualTo(token).contains(".");
    }

    @Test
    void aKeyPreparedEarlyIsTheOneTheStartWritesAndTheTokenIsSignedWithIt() throws Exception {
        DevCredentials credentials = new DevCredentials(mode(SecurityConfig.Mode.DEVELOPMENT), data,
                Optional.empty(), Optional.of("warledger-dev"));
        credentials.prepare();
        credentials.prepare();
        credentials.onStart(null);

        String[] jwt = java.nio.file.Files.readString(data.resolve("dev-token")).strip().split("\\.");
        String pem = java.nio.file.Files.readString(data.resolve("dev-jwt-public.pem"));
        byte[] der = java.util.Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        java.security.Signature rs256 = java.security.Signature.getInstance("SHA256withRSA");
        rs256.initVerify(java.security.KeyFactory.getInstance("RSA")
                .generatePublic(new java.security.spec.X509EncodedKeySpec(der)));
        rs256.update((jwt[0] + "." + jwt[1]).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        org.assertj.core.api.Assertions.assertThat(rs256.verify(java.util.Base64.getUrlDecoder().decode(jwt[2])))
                .as("the token verifies with the public key written next to it").isTrue();
    }

    @Test
    void productionPreparesNothing() throws Exception {
        DevCredentials credentials = new DevCredentials(mode(SecurityConfig.Mode.PRODUCTION), data,
                Optional.of("/etc/warledger/jwt.pem"), Optional.of("https://idp"));
        credentials.prepare();
        credentials.onStart(null);

        assertThat(data.resolve("dev-jwt-private.pem")).doesNotExist();
        assertThat(data.resolve("dev-token")).doesNotExist();
    }

    private static org.assertj.core.api.AbstractPathAssert<?> assertThat(Path p) {
        return org.assertj.core.api.Assertions.assertThat(p);
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertThat(String s) {
        return org.assertj.core.api.Assertions.assertThat(s);
    }
}
