package org.warledger.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.warledger.server.cli.CliTest.cli;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warledger.server.support.Requests;

/** Ceasefires, statements and operations through the CLI, as an operator records the story. */
@QuarkusTest
class StoryCliTest {

    @BeforeAll
    static void registry() {
        Requests.registerSeedRegistry();
    }

    private static String conflict() {
        return "cli-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void ok(CliTest.Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void theCeasefireBoardShowsTheStatusNowAndAsOfAnEarlierDay() {
        String conflict = conflict();
        String id = conflict + "-cf";
        ok(cli("ceasefire", "report", "--", "--id", id, "--conflict", conflict, "--parties", "PAK,IEA",
                "--mediators", "Qatar,Turkey", "--agreed", "2025-10", "--reported-by", "BBC"));
        ok(cli("ceasefire", "collapse", "--", id, "--when", "..2026-02-26", "--declared-by", "IEA",
                "--reported-by", "BBC"));
        CliTest.Run violation = cli("ceasefire", "violation", "--", id, "--violation-id", "v-1", "--alleged-by", "ISPR",
                "--against", "IEA", "--when", "2026-02-10", "--reported-by", "ISPR");
        ok(violation);
        assertThat(violation.out()).contains("recorded violation v-1 of ceasefire " + id);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            CliTest.Run board = cli("ceasefires", "--", conflict, "--as-of", "2026-02-15");
            ok(board);
            assertThat(board.out()).contains("status as of 2026-02-15").contains(id).contains("PAK,IEA")
                    .contains("collapsed").contains("violated").contains("ISPR vs IEA");
        });
        assertThat(cli("ceasefires", "--", conflict, "--output", "json").out())
                .contains("\"status\": \"CEASEFIRE_STATUS_COLLAPSED\"");
    }

    @Test
    void statementsAreRecordedAndListedWithTheirStances() {
        String conflict = conflict();
        ok(cli("statement", "record", "--", "--conflict", conflict, "--speaker", "Foreign Ministry spokesperson",
                "--speaks-for", "China", "--when", "2026-02-27", "--stance", "expresses_concern,offers_mediation",
                "--summary", "deeply concerned, ready to help", "--reported-by", "BBC"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(cli("statements", "--", conflict).out())
                .contains("2026-02-27").contains("China").contains("expresses concern, offers mediation"));
    }

    @Test
    void anOperationIsShownWithItsStrikes() {
        String conflict = conflict();
        String op = conflict + "-op";
        ok(cli("operation", "launch", "--", "--id", op, "--conflict", conflict, "--name", "Ghazab lil-Haq",
                "--party", "PAK", "--when", "2026-02-27", "--reported-by", "ISPR"));
        ok(cli("strike", "record", "--", "--id", conflict + "-s1", "--conflict", conflict, "--attacker", "PAK",
                "--method", "air", "--target", "military sites", "--place", "Kandahar", "--country", "AF",
                "--when", "2026-02-27", "--reported-by", "ISPR"));
        ok(cli("operation", "link", "--", op, conflict + "-s1"));
        ok(cli("operation", "end", "--", op, "--when", "2026-02-28", "--reported-by", "ISPR"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            CliTest.Run show = cli("operation", "show", "--", op);
            ok(show);
            assertThat(show.out()).contains("Ghazab lil-Haq").contains(conflict + "-s1").contains("Kandahar, AF")
                    .contains("2026-02-28");
        });
    }

    @Test
    void badInputNamesTheFieldAndUnknownIdsAreNotFound() {
        CliTest.Run bad = cli("ceasefire", "report", "--", "--conflict", conflict(), "--parties", "PAK",
                "--agreed", "2025-10", "--reported-by", "BBC");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("INVALID_ARGUMENT").contains("field parties");

        CliTest.Run missing = cli("operation", "show", "--", "no-such-op");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("NOT_FOUND");
    }
}
