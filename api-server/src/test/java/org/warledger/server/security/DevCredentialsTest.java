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

    private static org.assertj.core.api.AbstractPathAssert<?> assertThat(Path p) {
        return org.assertj.core.api.Assertions.assertThat(p);
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertThat(String s) {
        return org.assertj.core.api.Assertions.assertThat(s);
    }
}
