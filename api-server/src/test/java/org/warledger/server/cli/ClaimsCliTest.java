package org.warledger.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.warledger.server.cli.CliTest.cli;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.warledger.server.cli.CliTest.Run;

/** Parties, claimants, claims, the tally and the demo story, as an operator works with them in the CLI. */
@QuarkusTest
class ClaimsCliTest {

    private static final Duration PROJECTIONS = Duration.ofSeconds(20);

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static void ok(Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    /** A party and a claimant speaking for it; returns {party, claimant}. */
    private static String[] partyAndClaimant() {
        String party = unique("P-");
        String claimant = unique("C-");
        ok(cli("party", "register", "--", party, "--name", "Test forces " + party, "--kind", "armed_group",
                "--country", "AF", "--alias", "alias of " + party));
        ok(cli("claimant", "register", "--", claimant, "--name", "Spokesman " + claimant, "--kind", "spokesperson",
                "--party", party));
        return new String[] {party, claimant};
    }

    private static String[] assertArgs(String conflict, String claimant, String party, String... quantity) {
        var args = new java.util.ArrayList<>(java.util.List.of("claim", "assert", "--", "--conflict", conflict,
                "--claimant", claimant, "--party", party, "--category", "killed", "--window", "2026-02-27",
                "--stated-at", "2026-02-27T12:00:00Z", "--words", "seven fighters killed"));
        args.addAll(java.util.List.of(quantity));
        return args.toArray(String[]::new);
    }

    @Test
    void registeredPartiesAndClaimantsAreListed() {
        String[] pc = partyAndClaimant();

        await().atMost(PROJECTIONS).untilAsserted(() -> {
            Run parties = cli("party", "list", "--", "--all");
            ok(parties);
            assertThat(parties.out()).containsPattern(pc[0] + " +Test forces " + pc[0] + " +armed_group +AF +alias of " + pc[0]);
            Run claimants = cli("claimant", "list", "--", "--party", pc[0]);
            ok(claimants);
            assertThat(claimants.out()).containsPattern(pc[1] + " +Spokesman " + pc[1] + " +spokesperson +" + pc[0]);
        });
    }

    @Test
    void anAssertedClaimIsListedAndARetractedOneIsShownRetracted() {
        String[] pc = partyAndClaimant();
        String conflict = "cli-claims-" + UUID.randomUUID().toString().substring(0, 8);
        Run asserted = cli(assertArgs(conflict, pc[1], pc[0], "--exactly", "7", "--id", conflict + "-c1"));
        ok(asserted);
        assertThat(asserted.out()).contains("asserted claim " + conflict + "-c1");
        await().atMost(PROJECTIONS).untilAsserted(() -> assertThat(cli("claims", "--", conflict).out())
                .containsPattern(conflict + "-c1 .*" + pc[1] + " +" + pc[0] + " +killed +7 +unverified .* active"));

        ok(cli("claim", "retract", "--", conflict + "-c1", "--reason", "post deleted", "--at", "2026-02-27T13:00:00Z"));

        await().atMost(PROJECTIONS).untilAsserted(() -> {
            assertThat(cli("claims", "--", conflict, "--status", "retracted").out())
                    .containsPattern(conflict + "-c1 .* RETRACTED: post deleted");
            assertThat(cli("claims", "--", conflict, "--status", "active").out()).doesNotContain(conflict + "-c1");
        });
        assertThat(cli("claim", "show", "--", conflict + "-c1").out()).containsPattern("status +RETRACTED: post deleted");
    }

    @Test
    void theTallyOfTheDemoStoryShowsEachClaimantSideBySideAndLoadingTwiceChangesNothing() {
        String conflict = "cli-demo-" + UUID.randomUUID().toString().substring(0, 8);
        Run first = cli("demo", "load", "--", "--conflict-key", conflict);
        ok(first);
        assertThat(first.out()).containsPattern("claims +19 +0").containsPattern("claim_retractions +1 +0");

        await().atMost(PROJECTIONS).untilAsserted(() -> assertThat(cli("claims", "--", conflict, "--all").out())
                .containsPattern("RETRACTED: post on X deleted"));
        await().atMost(PROJECTIONS).untilAsserted(() -> assertThat(cli("tally", "--", conflict).out())
                .containsPattern("PAK +killed +ISPR 12 · MUJAHID 55 +12–55 +CONTESTED +12 ")
                .containsPattern("IEA +killed +ISPR 274\\+ · MUJAHID 13 +13–274\\+ +CONTESTED +13 ")
                .containsPattern("PAK +captured +MUJAHID unknown +unknown +- ")
                .doesNotContain("67"));
        String tally = cli("tally", "--", conflict).out();
        String claims = cli("claims", "--", conflict, "--all").out();

        Run second = cli("demo", "load", "--", "--conflict-key", conflict);
        ok(second);
        assertThat(second.out()).containsPattern("claims +0 +19").containsPattern("strikes +0 +5");
        assertThat(cli("tally", "--", conflict).out()).isEqualTo(tally);
        assertThat(cli("claims", "--", conflict, "--all").out()).isEqualTo(claims);
        assertThat(cli("tally", "--", conflict, "--output", "json").out()).contains("\"display\": \"12–55\"");
    }

    @Test
    void aRangeWhoseLowExceedsItsHighNamesTheFieldWithTheUsageExitCode() {
        String[] pc = partyAndClaimant();
        Run run = cli(assertArgs("cli-bad", pc[1], pc[0], "--between", "10..5"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("INVALID_ARGUMENT").contains("quantity.high");
    }

    @Test
    void twoQuantitiesAtOnceAreRefusedBeforeCallingTheServer() {
        Run run = cli(assertArgs("cli-bad", "ISPR", "PAK", "--exactly", "3", "--about", "4"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive");
    }

    @Test
    void anUnknownClaimantIsNotFoundNamingTheField() {
        String[] pc = partyAndClaimant();
        Run run = cli(assertArgs("cli-bad", "NO-SUCH-CLAIMANT", pc[0], "--exactly", "1"));

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("NOT_FOUND").contains("field claimant");
    }
}
