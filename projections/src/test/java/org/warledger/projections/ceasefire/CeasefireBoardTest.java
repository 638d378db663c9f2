package org.warledger.projections.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireCollapsed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireReported;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireViolationAlleged;
import org.warledger.domain.ceasefire.CeasefireStatus.Status;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;
import org.warledger.projections.support.ReadModelFixture;

class CeasefireBoardTest {

    static final String CONFLICT = "pak-afg-2026";
    static final SourceRef BBC = new SourceRef("BBC", null, null);
    static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    static final TimeWindow OCTOBER_2025 = new TimeWindow(Instant.parse("2025-10-01T00:00:00Z"),
            Instant.parse("2025-10-31T23:59:59Z"), TimePrecision.MONTH);

    private final ReadModelFixture fixture = new ReadModelFixture();

    static TimeWindow day(String date) {
        return new TimeWindow(Instant.parse(date + "T00:00:00Z"), Instant.parse(date + "T23:59:59Z"), TimePrecision.DAY);
    }

    private void report(String id, String conflict, TimeWindow agreed) {
        fixture.feed(id, new CeasefireReported(id, conflict, List.of("PAK", "IEA"), List.of("Qatar", "Turkey"),
                agreed, null, null, "halt cross-border attacks", BBC), NOW);
    }

    private void violation(String id, String violationId, String by, String against, TimeWindow when) {
        fixture.feed(id, new CeasefireViolationAlleged(id, CONFLICT, violationId, by, against, when, List.of("s-1"),
                List.of(), "border posts shelled", BBC), NOW);
    }

    private CeasefireBoard.Row only(Instant asOf) {
        List<CeasefireBoard.Row> rows = fixture.readModels().ceasefires().list(CONFLICT, NOW, asOf, 100, null).rows();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void aViolationRecordedAfterTheCollapseButHappenedBeforeItShowsAsViolatedBetweenThem() {
        report("cf-1", CONFLICT, OCTOBER_2025);
        fixture.feed("cf-1", new CeasefireCollapsed("cf-1", CONFLICT, day("2026-02-20"), "IEA", BBC), NOW);
        violation("cf-1", "v-1", "ISPR", "IEA", day("2026-02-10"));

        assertThat(only(Instant.parse("2026-01-01T00:00:00Z")).statusAsOf()).isEqualTo(Status.IN_EFFECT);
        assertThat(only(Instant.parse("2026-02-15T00:00:00Z")).statusAsOf()).isEqualTo(Status.VIOLATED);
        assertThat(only(Instant.parse("2026-02-21T00:00:00Z")).statusAsOf()).isEqualTo(Status.COLLAPSED);
        assertThat(only(Instant.parse("2026-02-15T00:00:00Z")).statusNow()).isEqualTo(Status.COLLAPSED);
        assertThat(only(Instant.parse("2025-09-01T00:00:00Z")).statusAsOf()).isEqualTo(Status.REPORTED);
    }

    @Test
    void theBoardShowsEachViolationWithWhoAllegesItAgainstWhom() {
        report("cf-1", CONFLICT, OCTOBER_2025);
        violation("cf-1", "v-1", "ISPR", "IEA", day("2026-02-10"));
        violation("cf-1", "v-2", "MUJAHID", "PAK", day("2026-02-11"));

        CeasefireView view = only(NOW).ceasefire();
        assertThat(view.violations()).extracting(CeasefireViolationAlleged::allegedBy, CeasefireViolationAlleged::against)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ISPR", "IEA"),
                        org.assertj.core.groups.Tuple.tuple("MUJAHID", "PAK"));
        assertThat(view.reported().parties()).containsExactly("PAK", "IEA");
    }

    @Test
    void aRedeliveredViolationIsKeptOnceAndARebuildGivesTheSameBoard() {
        report("cf-1", CONFLICT, OCTOBER_2025);
        violation("cf-1", "v-1", "ISPR", "IEA", day("2026-02-10"));

        fixture.redeliverAll();
        assertThat(only(NOW).ceasefire().violations()).hasSize(1);

        CeasefireView before = only(NOW).ceasefire();
        fixture.rebuild();
        assertThat(only(NOW).ceasefire()).isEqualTo(before);
    }

    @Test
    void theBoardListsOnlyTheConflictsCeasefiresEarliestAgreedFirstAcrossPages() {
        report("later", CONFLICT, day("2026-01-05"));
        report("other", "other-conflict", day("2025-01-01"));
        report("earlier", CONFLICT, OCTOBER_2025);
        report("latest", CONFLICT, day("2026-02-01"));

        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            CeasefireBoard.Page page = fixture.readModels().ceasefires().list(CONFLICT, NOW, NOW, 2, token);
            page.rows().forEach(r -> ids.add(r.ceasefire().reported().ceasefireId()));
            token = page.nextPageToken();
        } while (!token.isEmpty());

        assertThat(ids).containsExactly("earlier", "later", "latest");
    }
}
