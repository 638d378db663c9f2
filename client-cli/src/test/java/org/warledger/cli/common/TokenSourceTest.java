package org.warledger.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenSourceTest {

    @TempDir
    Path dir;

    private Path file(String relative, String content) throws IOException {
        Path f = dir.resolve(relative);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, content);
    }

    @Test
    void theOptionWinsOverEverythingElse() throws IOException {
        file("home/.config/warledger/token", "from-config");
        assertThat(TokenSource.find("from-option", null, Map.of("WARLEDGER_TOKEN", "from-env"), dir.resolve("home")))
                .contains("from-option");
    }

    @Test
    void theEnvironmentComesBeforeFiles() throws IOException {
        Path f = file("t", "from-file");
        assertThat(TokenSource.find(null, f, Map.of("WARLEDGER_TOKEN", "from-env"), dir)).contains("from-env");
    }

    @Test
    void aTokenFileIsReadWithoutItsNewline() throws IOException {
        Path f = file("t", "from-file\n");
        assertThat(TokenSource.find(null, f, Map.of(), dir)).contains("from-file");
    }

    @Test
    void theUsersConfigFileComesBeforeTheDevelopmentToken() throws IOException {
        file("home/.config/warledger/token", "from-config\n");
        file("data/dev-token", "dev");
        assertThat(TokenSource.find(null, null, Map.of("WARLEDGER_DATA_DIR", dir.resolve("data").toString()),
                dir.resolve("home"))).contains("from-config");
    }

    @Test
    void aLocalServersDevelopmentTokenIsTheLastResort() throws IOException {
        file("data/dev-token", "dev\n");
        assertThat(TokenSource.find(null, null, Map.of("WARLEDGER_DATA_DIR", dir.resolve("data").toString()),
                dir.resolve("home"))).contains("dev");
    }

    @Test
    void noTokenAnywhereMeansNone() {
        assertThat(TokenSource.find(null, null, Map.of("WARLEDGER_DATA_DIR", dir.toString()), dir)).isEmpty();
    }
}
