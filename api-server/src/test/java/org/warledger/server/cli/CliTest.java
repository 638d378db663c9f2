package org.warledger.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.warledger.cli.WarledgerCli;
import org.warledger.server.support.Tokens;
import picocli.CommandLine;

/** The CLI against the running server, as an operator uses it. */
@QuarkusTest
class CliTest {

    record Run(int exitCode, String out, String err) {
    }

    @org.junit.jupiter.api.BeforeAll
    static void registry() {
        // strikes name registered parties; do not depend on another test class having registered them
        org.warledger.server.support.Requests.registerSeedRegistry();
    }

    static Run cli(String... args) {
        return cliAs(Tokens.admin(), args);
    }

    /** Runs the CLI with {@code --server} and {@code --token} put where the {@code --} marker is. */
    static Run cliAs(String token, String... args) {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        CommandLine cmd = WarledgerCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        int at = all.indexOf("--");
        all.remove(at);
        all.add(at, token);
        all.add(at, "--token");
        all.add(at, "localhost:" + port);
        all.add(at, "--server");
        int code = cmd.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void recordsAStrikeAndShowsItOnTheTimeline() {
        String conflict = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        // a strike's attacker must be registered; another test may have registered PAK already (exit 4)
        assertThat(cli("party", "register", "--", "PAK", "--name", "Pakistan Armed Forces", "--kind", "state_forces",
                "--request-id", "cli-test/party/PAK").exitCode()).isIn(0, 4);
        Run recorded = cli("strike", "record", "--", "--conflict", conflict, "--attacker", "PAK", "--method", "air,artillery",
                "--target", "military sites", "--place", "Kandahar", "--country", "AF", "--when", "2026-02-27",
                "--operation", "Ghazab lil-Haq", "--reported-by", "ISPR", "--id", conflict + "-s1");

        assertThat(recorded.exitCode()).as(recorded.err()).isZero();
        assertThat(recorded.out()).contains("recorded strike " + conflict + "-s1");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Run timeline = cli("timeline", "--", conflict);
            assertThat(timeline.exitCode()).isZero();
            assertThat(timeline.out()).contains("2026-02-27").contains("PAK strike (air, artillery): military sites");
        });
        Run json = cli("timeline", "--", conflict, "--output", "json");
        assertThat(json.out()).contains("\"entityId\": \"" + conflict + "-s1\"");
    }

    @Test
    void badInputNamesTheFieldAndExitsWithUsageCode() {
        Run run = cli("strike", "record", "--", "--conflict", "cli-bad", "--attacker", "PAK", "--method", "air",
                "--target", "x", "--country", "AF", "--lat", "123", "--lon", "10", "--when", "2026-02-27",
                "--reported-by", "ISPR");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("INVALID_ARGUMENT").contains("location.latitude");
    }

    @Test
    void anUnknownStrikeIsNotFoundWithItsOwnExitCode() {
        Run run = cli("strike", "show", "--", "no-such-strike");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("NOT_FOUND");
    }

    @Test
    void aCallerWithoutTheRoleIsDeniedWithItsOwnExitCode() {
        Run run = cliAs(Tokens.issue("rita", "reader"), "strike", "record", "--", "--conflict", "cli-denied",
                "--attacker", "PAK", "--method", "air", "--target", "x", "--country", "AF", "--when", "2026-02-27",
                "--reported-by", "ISPR");

        assertThat(run.exitCode()).isEqualTo(6);
        assertThat(run.err()).contains("PERMISSION_DENIED");
    }
}
