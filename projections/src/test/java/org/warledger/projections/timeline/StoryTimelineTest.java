package org.warledger.projections.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireCollapsed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireEnded;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireRenewed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireReported;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireViolationAlleged;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;
import org.warledger.domain.operation.OperationEvents.OperationEnded;
import org.warledger.domain.operation.OperationEvents.OperationLaunched;
import org.warledger.domain.statement.Stance;
import org.warledger.domain.statement.StatementEvents.StatementRecorded;
import org.warledger.projections.support.ReadModelFixture;

/** Ceasefire events, statements and operations on the timeline, each at the time it happened. */
class StoryTimelineTest {

    static final String CONFLICT = "pak-afg-2026";
    static final SourceRef BBC = new SourceRef("BBC", null, null);
    static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    static final TimeWindow OCTOBER_2025 = new TimeWindow(Instant.parse("2025-10-01T00:00:00Z"),
            Instant.parse("2025-10-31T23:59:59Z"), TimePrecision.MONTH);
    static final TimeWindow BEFORE_26_FEB = new TimeWindow(null, Instant.parse("2026-02-26T00:00:00Z"),
            TimePrecision.UNKNOWN);

    private final ReadModelFixture fixture = new ReadModelFixture();

    private List<TimelineEntry> timeline(TimelineFilter filter) {
        return fixture.readModels().timeline().list(filter, 100, null).entries();
    }

    private void story() {
        fixture.feed("cf-1", new CeasefireReported("cf-1", CONFLICT, List.of("PAK", "IEA"), List.of("Qatar"),
                OCTOBER_2025, null, null, "halt attacks", BBC), NOW);
        fixture.feed("cf-1", new CeasefireCollapsed("cf-1", CONFLICT, BEFORE_26_FEB, "IEA", BBC), NOW);
        fixture.feed("st-eu", new StatementRecorded("st-eu", CONFLICT, "EU spokesperson", "EU", TimelineProjectionTest
                .day("2026-02-27"), List.of(Stance.CALLS_FOR_DEESCALATION, Stance.CALLS_FOR_TALKS), "urges restraint",
                null, BBC), NOW);
        fixture.feed("op-1", new OperationLaunched("op-1", CONFLICT, "Ghazab lil-Haq", "PAK",
                TimelineProjectionTest.day("2026-02-27"), "strikes on 22 sites", BBC), NOW);
        // recorded last, happened between the ceasefire and its collapse
        fixture.feed("cf-1", new CeasefireViolationAlleged("cf-1", CONFLICT, "v-1", "ISPR", "TTP",
                TimelineProjectionTest.day("2026-01-15"), List.of(), List.of(), "attack on a post", BBC), NOW);
    }

    @Test
    void everyKindIsPlacedAtTheTimeItHappenedWithItsParties() {
        story();

        List<TimelineEntry> entries = timeline(TimelineFilter.ofConflict(CONFLICT));

        assertThat(entries).extracting(TimelineEntry::title).containsExactly(
                "Ceasefire between PAK and IEA reported (mediated by Qatar)",
                "Ceasefire violation by TTP alleged by ISPR",
                "Ceasefire between IEA and PAK collapsed",
                "EU (EU spokesperson): calls for deescalation, calls for talks",
                "PAK launches operation Ghazab lil-Haq");
        assertThat(entries).extracting(TimelineEntry::kind).containsExactly(TimelineKind.CEASEFIRE,
                TimelineKind.CEASEFIRE, TimelineKind.CEASEFIRE, TimelineKind.STATEMENT, TimelineKind.OPERATION);
        assertThat(entries.get(1).parties()).containsExactlyInAnyOrder("PAK", "IEA", "TTP");
        assertThat(entries.get(2).parties()).containsExactlyInAnyOrder("PAK", "IEA");
        assertThat(entries.get(2).summary()).isEqualTo("declared by IEA");
        assertThat(entries.get(3).parties()).containsExactly("EU");
    }

    @Test
    void kindsAndPartiesFilterTheStory() {
        story();

        assertThat(timeline(new TimelineFilter(CONFLICT, null, Set.of(TimelineKind.STATEMENT, TimelineKind.OPERATION),
                null, null, null, null))).extracting(TimelineEntry::entityId).containsExactly("st-eu", "op-1");
        assertThat(timeline(new TimelineFilter(CONFLICT, "TTP", Set.of(), null, null, null, null)))
                .extracting(TimelineEntry::entryId).containsExactly("ceasefire:cf-1:violation:v-1");
    }

    @Test
    void aPartyFilterMatchesWholePartyKeysOnly() {
        fixture.feed("cf-1", new CeasefireReported("cf-1", CONFLICT, List.of("PAK-ARMY", "TTP"), List.of(),
                OCTOBER_2025, null, null, null, BBC), NOW);
        fixture.feed("op-1", new OperationLaunched("op-1", CONFLICT, "Ghazab lil-Haq", "PAK",
                TimelineProjectionTest.day("2026-02-27"), null, BBC), NOW);
        fixture.feed("op-2", new OperationLaunched("op-2", CONFLICT, "Azm-e-Istehkam", "ARMY",
                TimelineProjectionTest.day("2026-02-28"), null, BBC), NOW);

        assertThat(timeline(new TimelineFilter(CONFLICT, "PAK", Set.of(), null, null, null, null)))
                .extracting(TimelineEntry::entityId).containsExactly("op-1");
        assertThat(timeline(new TimelineFilter(CONFLICT, "ARMY", Set.of(), null, null, null, null)))
                .extracting(TimelineEntry::entityId).containsExactly("op-2");
        assertThat(timeline(new TimelineFilter(CONFLICT, "PAK-ARMY", Set.of(), null, null, null, null)))
                .extracting(TimelineEntry::entityId).containsExactly("cf-1");
        assertThat(timeline(new TimelineFilter(CONFLICT, "TTP", Set.of(), null, null, null, null)))
                .extracting(TimelineEntry::parties).containsExactly(List.of("PAK-ARMY", "TTP"));
    }

    @Test
    void endsRenewalsAndOperationEndsAreTheirOwnEntries() {
        fixture.feed("cf-1", new CeasefireReported("cf-1", CONFLICT, List.of("PAK", "IEA"), List.of(), OCTOBER_2025,
                null, null, null, BBC), NOW);
        fixture.feed("cf-1", new CeasefireEnded("cf-1", CONFLICT, TimelineProjectionTest.day("2025-11-20"), "expired",
                BBC), NOW);
        fixture.feed("cf-1", new CeasefireRenewed("cf-1", CONFLICT, TimelineProjectionTest.day("2025-12-01"), null,
                "same terms", BBC), NOW);
        fixture.feed("op-1", new OperationLaunched("op-1", CONFLICT, "Ghazab lil-Haq", "PAK",
                TimelineProjectionTest.day("2026-02-27"), null, BBC), NOW);
        fixture.feed("op-1", new OperationEnded("op-1", CONFLICT, TimelineProjectionTest.day("2026-02-28"), BBC,
                "Ghazab lil-Haq", "PAK"), NOW);

        assertThat(timeline(TimelineFilter.ofConflict(CONFLICT))).extracting(TimelineEntry::title).containsExactly(
                "Ceasefire between PAK and IEA reported",
                "Ceasefire between IEA and PAK ended",
                "Ceasefire between IEA and PAK renewed",
                "PAK launches operation Ghazab lil-Haq",
                "PAK operation Ghazab lil-Haq ended");
    }

    @Test
    void redeliveryAndRebuildKeepEveryEntryOnce() {
        story();
        List<TimelineEntry> live = timeline(TimelineFilter.ofConflict(CONFLICT));

        fixture.redeliverAll();
        assertThat(timeline(TimelineFilter.ofConflict(CONFLICT))).isEqualTo(live);
        fixture.rebuild();
        assertThat(timeline(TimelineFilter.ofConflict(CONFLICT))).isEqualTo(live);
    }
}
