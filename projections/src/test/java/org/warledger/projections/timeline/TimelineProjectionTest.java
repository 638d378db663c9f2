package org.warledger.projections.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warledger.domain.common.Location;
import org.warledger.domain.common.LocationPrecision;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;
import org.warledger.domain.strike.StrikeEvents.StrikeLocationCorrected;
import org.warledger.domain.strike.StrikeEvents.StrikeOutcomeRecorded;
import org.warledger.domain.strike.StrikeEvents.StrikeRecorded;
import org.warledger.domain.strike.StrikeEvents.StrikeTimeCorrected;
import org.warledger.domain.strike.StrikeMethod;
import org.warledger.domain.strike.StrikeOutcome;
import org.warledger.projections.support.ReadModelFixture;

class TimelineProjectionTest {

    static final String CONFLICT = "pak-afg-2026";
    static final SourceRef ISPR = new SourceRef("ISPR", null, null);
    static final Location KABUL = new Location("Kabul", "Kabul", "AF", null, null, LocationPrecision.REGION);
    static final Location SWABI = new Location("Swabi", "Khyber Pakhtunkhwa", "PK", null, null, LocationPrecision.DISTRICT);
    static final Instant NOW = Instant.parse("2026-02-28T12:00:00Z");

    private final ReadModelFixture fixture = new ReadModelFixture();

    static TimeWindow day(String date) {
        return new TimeWindow(Instant.parse(date + "T00:00:00Z"), Instant.parse(date + "T23:59:59Z"), TimePrecision.DAY);
    }

    private void strike(String id, String attacker, Location where, TimeWindow when) {
        fixture.feed(id, new StrikeRecorded(id, CONFLICT, attacker, List.of(StrikeMethod.AIR), "target " + id, where, when,
                null, ISPR), NOW);
    }

    private List<TimelineEntry> timeline(TimelineFilter filter) {
        return fixture.readModels().timeline().list(filter, 100, null).entries();
    }

    private List<String> ids(TimelineFilter filter) {
        return timeline(filter).stream().map(TimelineEntry::entityId).toList();
    }

    @Test
    void entriesAreOrderedByWhenTheyHappenedNotWhenRecorded() {
        strike("late", "PAK", KABUL, day("2026-02-27"));
        strike("early", "IEA", SWABI, day("2026-02-26"));
        strike("same-day-second", "PAK", KABUL, day("2026-02-27"));

        assertThat(ids(TimelineFilter.ofConflict(CONFLICT))).containsExactly("early", "late", "same-day-second");
    }

    @Test
    void aRedeliveredEventIsNotCountedTwice() {
        strike("s1", "PAK", KABUL, day("2026-02-27"));
        fixture.feed("s1", new StrikeOutcomeRecorded("s1", CONFLICT, StrikeOutcome.HIT, "", ISPR), NOW);

        fixture.redeliverAll();

        List<TimelineEntry> entries = timeline(TimelineFilter.ofConflict(CONFLICT));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).marks()).containsExactly("hit");
        assertThat(entries.get(0).parties()).containsExactly("PAK");
    }

    @Test
    void aTimeCorrectionMovesTheEntryAndMarksIt() {
        strike("a", "PAK", KABUL, day("2026-02-27"));
        strike("b", "IEA", SWABI, day("2026-02-26"));
        fixture.feed("a", new StrikeTimeCorrected("a", CONFLICT, day("2026-02-27"), day("2026-02-25"), "late report",
                ISPR), NOW);

        List<TimelineEntry> entries = timeline(TimelineFilter.ofConflict(CONFLICT));
        assertThat(entries).extracting(TimelineEntry::entityId).containsExactly("a", "b");
        assertThat(entries.get(0).marks()).contains("corrected");
    }

    @Test
    void aLocationCorrectionChangesTheCountryFilter() {
        strike("a", "PAK", KABUL, day("2026-02-27"));
        fixture.feed("a", new StrikeLocationCorrected("a", CONFLICT, KABUL, SWABI, "wrong town", ISPR), NOW);

        assertThat(ids(new TimelineFilter(CONFLICT, null, Set.of(), null, null, "PK", null))).containsExactly("a");
        assertThat(ids(new TimelineFilter(CONFLICT, null, Set.of(), null, null, "AF", null))).isEmpty();
    }

    @Test
    void filtersByPartyKindAndHappenedWindow() {
        strike("a", "PAK", KABUL, day("2026-02-25"));
        strike("b", "IEA", SWABI, day("2026-02-26"));
        strike("c", "PAK", KABUL, day("2026-02-27"));

        assertThat(ids(new TimelineFilter(CONFLICT, "PAK", Set.of(), null, null, null, null))).containsExactly("a", "c");
        assertThat(ids(new TimelineFilter(CONFLICT, null, Set.of(TimelineKind.CLAIM), null, null, null, null))).isEmpty();
        assertThat(ids(new TimelineFilter(CONFLICT, null, Set.of(), Instant.parse("2026-02-26T00:00:00Z"),
                Instant.parse("2026-02-27T00:00:00Z"), null, null))).containsExactly("b");
        assertThat(ids(TimelineFilter.ofConflict("other-conflict"))).isEmpty();
    }

    @Test
    void pagesWalkTheWholeTimelineWithoutGapsOrRepeats() {
        for (int i = 0; i < 25; i++) {
            strike("s" + i, "PAK", KABUL, day("2026-02-" + (10 + i % 5)));
        }
        var all = fixture.readModels().timeline().list(TimelineFilter.ofConflict(CONFLICT), 100, null).entries();
        List<TimelineEntry> paged = new java.util.ArrayList<>();
        String token = null;
        do {
            TimelinePage page = fixture.readModels().timeline().list(TimelineFilter.ofConflict(CONFLICT), 7, token);
            paged.addAll(page.entries());
            token = page.nextPageToken();
        } while (!token.isEmpty());

        assertThat(paged).hasSize(25).isEqualTo(all);
    }

    @Test
    void aRebuildFromTheHistoryGivesTheSameTimeline() {
        strike("a", "PAK", KABUL, day("2026-02-27"));
        strike("b", "IEA", SWABI, day("2026-02-26"));
        fixture.feed("a", new StrikeOutcomeRecorded("a", CONFLICT, StrikeOutcome.INTERCEPTED, "", ISPR), NOW);
        fixture.feed("b", new StrikeTimeCorrected("b", CONFLICT, day("2026-02-26"), day("2026-02-28"), "x", ISPR), NOW);
        List<TimelineEntry> live = timeline(TimelineFilter.ofConflict(CONFLICT));

        fixture.rebuild();

        assertThat(timeline(TimelineFilter.ofConflict(CONFLICT))).isEqualTo(live);
        assertThat(fixture.readModels().strikes().find("a").outcomes()).containsExactly(StrikeOutcome.INTERCEPTED);
    }
}
