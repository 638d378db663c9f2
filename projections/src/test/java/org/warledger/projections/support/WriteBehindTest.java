package org.warledger.projections.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warledger.projections.support.BatchFixture.event;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireReported;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireViolationAlleged;
import org.warledger.domain.claim.Channel;
import org.warledger.domain.claim.ClaimEvents.ClaimAssessed;
import org.warledger.domain.claim.ClaimEvents.ClaimAsserted;
import org.warledger.domain.claim.ClaimEvents.ClaimRevised;
import org.warledger.domain.claim.ClaimScope;
import org.warledger.domain.claim.Grade;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.Location;
import org.warledger.domain.common.LocationPrecision;
import org.warledger.domain.common.Quantity;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;
import org.warledger.domain.registry.PartyEvents.PartyRegistered;
import org.warledger.domain.registry.PartyKind;
import org.warledger.domain.strike.StrikeEvents.StrikeOutcomeRecorded;
import org.warledger.domain.strike.StrikeEvents.StrikeRecorded;
import org.warledger.domain.strike.StrikeEvents.StrikeTimeCorrected;
import org.warledger.domain.strike.StrikeMethod;
import org.warledger.domain.strike.StrikeOutcome;
import org.warledger.projections.support.Jdbc.ReadModelException;

/**
 * The read models written behind, once per processor batch: whatever the batches, the tables and
 * their history end as if every event had been written on its own, and a failed batch leaves
 * nothing behind.
 */
class WriteBehindTest {

    static final String CONFLICT = "pak-afg-2026";
    static final SourceRef ISPR = new SourceRef("ISPR", null, null);
    static final Instant T0 = Instant.parse("2026-02-27T12:00:00Z");
    static final Location KABUL = new Location("Kabul", "Kabul", "AF", null, null, LocationPrecision.REGION);
    static final List<String> TABLES = List.of("timeline_entry ORDER BY entry_id",
            "timeline_entry_history ORDER BY entry_id, version_position",
            "strike_view ORDER BY strike_id", "claim_view ORDER BY claim_id",
            "claim_view_history ORDER BY claim_id, version_position", "claim_strike ORDER BY claim_id, strike_id",
            "ceasefire_view ORDER BY ceasefire_id");

    static TimeWindow day(String date) {
        return new TimeWindow(Instant.parse(date + "T00:00:00Z"), Instant.parse(date + "T23:59:59Z"),
                TimePrecision.DAY);
    }

    /** A strike and a claim, each created then changed twice; the second change's clock ran behind. */
    static List<EventMessage<?>> story() {
        return List.of(
                event(1, "s1", new StrikeRecorded("s1", CONFLICT, "PAK", List.of(StrikeMethod.AIR), "a post", KABUL,
                        day("2026-02-26"), null, ISPR), T0.plusSeconds(10)),
                event(2, "s1", new StrikeOutcomeRecorded("s1", CONFLICT, StrikeOutcome.HIT, "", ISPR),
                        T0.plusSeconds(5)),
                event(3, "s1", new StrikeTimeCorrected("s1", CONFLICT, day("2026-02-26"), day("2026-02-25"), "late",
                        ISPR), T0.plusSeconds(20)),
                event(4, "c1", new ClaimAsserted("c1", CONFLICT, "ISPR", T0, Channel.PRESS_BRIEFING, null, null,
                        new ClaimScope(TimeWindow.exact(T0), List.of("s1"), null), "IEA", ClaimCategory.KILLED,
                        Quantity.exactly(12)), T0.plusSeconds(30)),
                event(5, "c1", new ClaimAssessed("c1", CONFLICT, Grade.VERIFIED, Grade.UNVERIFIED, "a", null, T0),
                        T0.plusSeconds(25)),
                event(6, "c1", new ClaimRevised("c1", CONFLICT, Quantity.exactly(12), Quantity.exactly(14), T0, null,
                        null, null, 1), T0.plusSeconds(40)));
    }

    static Map<String, List<List<Object>>> tables(Function<String, List<List<Object>>> rows) {
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        TABLES.forEach(t -> out.put(t, rows.apply("SELECT * FROM " + t)));
        return out;
    }

    static Map<String, List<List<Object>>> inBatches(int... sizes) {
        BatchFixture fixture = new BatchFixture();
        List<EventMessage<?>> story = story();
        int from = 0;
        for (int size : sizes) {
            fixture.deliver(story.subList(from, from + size));
            from += size;
        }
        return tables(fixture::rows);
    }

    @Test
    void rowsWrittenSeveralTimesInOneBatchEndAsIfEachEventHadItsOwnBatch() {
        Map<String, List<List<Object>>> oneByOne = inBatches(1, 1, 1, 1, 1, 1);

        assertThat(inBatches(6)).isEqualTo(oneByOne);
        assertThat(inBatches(1, 3, 2)).isEqualTo(oneByOne);
        assertThat(oneByOne.get(TABLES.get(0))).hasSize(2);
    }

    @Test
    void versionsMadeInOneBatchFollowTheRecordingTimesAndNeverStartBeforeTheVersionTheyReplace() {
        BatchFixture fixture = new BatchFixture();
        fixture.deliver(story());

        long t0 = T0.toEpochMilli();
        assertThat(fixture.rows("""
                SELECT version_position, valid_from, valid_to FROM timeline_entry_history WHERE entry_id = 'strike:s1'
                UNION ALL SELECT last_position, valid_from, NULL FROM timeline_entry WHERE entry_id = 'strike:s1'
                ORDER BY version_position""")).containsExactly(
                listOf(1L, t0 + 10_000, t0 + 10_000), listOf(2L, t0 + 10_000, t0 + 20_000),
                listOf(3L, t0 + 20_000, null));
        assertThat(fixture.rows("""
                SELECT version_position, valid_from, valid_to FROM claim_view_history
                UNION ALL SELECT last_position, valid_from, NULL FROM claim_view ORDER BY version_position"""))
                .containsExactly(listOf(4L, t0 + 30_000, t0 + 30_000), listOf(5L, t0 + 30_000, t0 + 40_000),
                        listOf(6L, t0 + 40_000, null));
    }

    @Test
    void aRowNeverChangedHasNoVersionInTheHistory() {
        BatchFixture fixture = new BatchFixture();
        fixture.deliver(story().subList(0, 1));
        fixture.deliver(story().subList(3, 4));

        assertThat(fixture.rows("SELECT * FROM timeline_entry_history")).isEmpty();
        assertThat(fixture.rows("SELECT * FROM claim_view_history")).isEmpty();
        assertThat(fixture.rows("SELECT valid_from FROM timeline_entry WHERE entry_id = 'strike:s1'"))
                .containsExactly(List.of(T0.plusSeconds(10).toEpochMilli()));
    }

    @Test
    void aRedeliveredBatchChangesNothing() {
        BatchFixture fixture = new BatchFixture();
        fixture.deliver(story());
        Map<String, List<List<Object>>> once = tables(fixture::rows);

        fixture.deliver(story());
        fixture.deliver(story().subList(1, 5));

        assertThat(tables(fixture::rows)).isEqualTo(once);
    }

    @Test
    void aRedeliveredCreationInABatchDoesNotHideTheChangesAfterIt() {
        EventMessage<?> outcome = event(7, "s1", new StrikeOutcomeRecorded("s1", CONFLICT, StrikeOutcome.DESTROYED,
                "", ISPR), T0.plusSeconds(50));
        BatchFixture once = new BatchFixture();
        once.deliver(story());
        once.deliver(List.of(outcome));
        BatchFixture redelivered = new BatchFixture();
        redelivered.deliver(story());

        redelivered.deliver(List.of(story().get(0), outcome));

        assertThat(tables(redelivered::rows)).isEqualTo(tables(once::rows));
        assertThat(redelivered.rows("SELECT marks FROM timeline_entry WHERE entry_id = 'strike:s1'"))
                .containsExactly(List.of("corrected,destroyed,hit"));
    }

    @Test
    void aNameTakenTwiceInOneBatchStaysWithTheFirst() {
        BatchFixture fixture = new BatchFixture();

        fixture.deliver(List.of(
                event(1, "PAK", new PartyRegistered("PAK", "Pakistan", PartyKind.STATE_FORCES, "PK", List.of("army")),
                        T0),
                event(2, "TTP", new PartyRegistered("TTP", "TTP", PartyKind.ARMED_GROUP, "PK", List.of("Army")), T0)));

        assertThat(fixture.readModels().registry().partyKey("army")).contains("PAK");
        assertThat(fixture.readModels().registry().partyKey("ttp")).contains("TTP");
    }

    @Test
    void aBatchThatFailsMidwayLeavesNoRowsAndItsRetryGivesTheRightResult() {
        BatchFixture fixture = new BatchFixture();

        assertThatThrownBy(() -> fixture.deliver(story(), 5)).isInstanceOf(BatchFixture.Boom.class);

        assertThat(tables(fixture::rows).values()).allMatch(List::isEmpty);
        fixture.deliver(story());
        assertThat(tables(fixture::rows)).isEqualTo(inBatches(6));
    }

    @Test
    void anEventSeesWhatAnEarlierEventOfItsBatchWroteAndAFailureAfterItLeavesNoRows() {
        BatchFixture fixture = new BatchFixture();
        List<EventMessage<?>> batch = List.of(
                event(1, "cf-1", new CeasefireReported("cf-1", CONFLICT, List.of("PAK", "IEA"), List.of(),
                        day("2025-10-01"), null, null, "halt attacks", ISPR), T0),
                // reads the parties of the entry written just before, in the same batch
                event(2, "cf-1", new CeasefireViolationAlleged("cf-1", CONFLICT, "v-1", "ISPR", "TTP",
                        day("2026-01-15"), List.of(), List.of(), "attack on a post", ISPR), T0),
                story().get(0));

        assertThatThrownBy(() -> fixture.deliver(batch, 2)).isInstanceOf(BatchFixture.Boom.class);

        assertThat(tables(fixture::rows).values()).allMatch(List::isEmpty);
        fixture.deliver(batch);
        assertThat(fixture.rows("SELECT parties FROM timeline_entry WHERE entry_id = 'ceasefire:cf-1:violation:v-1'"))
                .containsExactly(List.of("IEA,PAK,TTP"));
    }

    @Test
    void aWriteThatFailsWhenTheBatchCommitsRollsBackTheWholeBatch() {
        BatchFixture fixture = new BatchFixture();
        fixture.execute("INSERT INTO claim_strike (claim_id, strike_id) VALUES ('c1', 's1')");

        assertThatThrownBy(() -> fixture.deliver(story())).isInstanceOf(ReadModelException.class);

        assertThat(fixture.rows("SELECT * FROM timeline_entry")).isEmpty();
        assertThat(fixture.rows("SELECT * FROM claim_view_history")).isEmpty();
        fixture.execute("DELETE FROM claim_strike");
        fixture.deliver(story());
        assertThat(tables(fixture::rows)).isEqualTo(inBatches(6));
    }

    @Test
    void aResetAndAReplayInOtherBatchesGiveTheSameTables() {
        BatchFixture fixture = new BatchFixture();
        fixture.deliver(story().subList(0, 4));
        fixture.deliver(story().subList(4, 6));
        Map<String, List<List<Object>>> live = tables(fixture::rows);

        fixture.reset();
        assertThat(tables(fixture::rows).values()).allMatch(List::isEmpty);
        fixture.deliver(story());

        assertThat(tables(fixture::rows)).isEqualTo(live);
    }

    @Test
    void aResetEmptiesNothingUntilItsTransactionCommittedAndNothingIfItRolledBack() {
        BatchFixture fixture = new BatchFixture();
        fixture.deliver(story());
        Map<String, List<List<Object>>> live = tables(fixture::rows);

        fixture.requestReset(false);
        assertThat(fixture.finishResets(null)).isEmpty();
        assertThat(tables(fixture::rows)).isEqualTo(live);

        fixture.requestReset(true);
        assertThat(tables(fixture::rows)).as("asked for, not done yet").isEqualTo(live);
        assertThat(fixture.finishResets(null)).contains("timeline_entry", "timeline_entry_history",
                "strike_view", "claim_view", "claim_view_history", "claim_strike");
        assertThat(tables(fixture::rows).values()).allMatch(List::isEmpty);
        assertThat(fixture.rows("SELECT * FROM read_model_reset")).as("requests forgotten once done").isEmpty();
    }

    @Test
    void aResetInterruptedAfterItsCommitIsFinishedLaterAndTheReplayGivesTheSameTables() {
        BatchFixture fixture = new BatchFixture();
        fixture.deliver(story());
        Map<String, List<List<Object>>> live = tables(fixture::rows);
        fixture.requestReset(true);
        // the process stops here; the next start finishes every group's reset before replaying
        BatchFixture.sameStore(fixture).finishResets(null);

        assertThat(tables(fixture::rows).values()).allMatch(List::isEmpty);
        fixture.deliver(story());
        assertThat(tables(fixture::rows)).isEqualTo(live);
    }

    @Test
    void finishingOneGroupsResetLeavesTheOtherGroupsTablesAlone() {
        BatchFixture fixture = new BatchFixture();
        fixture.deliver(story());
        Map<String, List<List<Object>>> live = tables(fixture::rows);
        fixture.requestReset(true);

        assertThat(fixture.finishResets("strikes")).containsExactly("strike_view");

        assertThat(fixture.rows("SELECT * FROM strike_view")).isEmpty();
        assertThat(tables(fixture::rows).get("timeline_entry ORDER BY entry_id"))
                .isEqualTo(live.get("timeline_entry ORDER BY entry_id"));
        assertThat(fixture.rows("SELECT table_name FROM read_model_reset WHERE processing_group = 'strikes'")).isEmpty();
        assertThat(fixture.rows("SELECT table_name FROM read_model_reset WHERE processing_group = 'timeline'"))
                .isNotEmpty();
    }

    /** A row of column values; unlike List.of it holds nulls. */
    private static List<Object> listOf(Object... values) {
        return Arrays.asList(values);
    }
}
