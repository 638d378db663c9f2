package org.warledger.projections.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;
import org.warledger.domain.statement.Stance;
import org.warledger.domain.statement.StatementEvents.StatementRecorded;
import org.warledger.projections.support.ReadModelFixture;

class StatementViewTest {

    static final String CONFLICT = "pak-afg-2026";
    static final Instant NOW = Instant.parse("2026-02-28T12:00:00Z");

    private final ReadModelFixture fixture = new ReadModelFixture();

    private void statement(String id, String conflict, String speaksFor, String date) {
        TimeWindow day = new TimeWindow(Instant.parse(date + "T00:00:00Z"), Instant.parse(date + "T23:59:59Z"),
                TimePrecision.DAY);
        fixture.feed(id, new StatementRecorded(id, conflict, speaksFor + " spokesperson", speaksFor, day,
                List.of(Stance.CALLS_FOR_DEESCALATION), "urges restraint", null, new SourceRef("BBC", null, null)), NOW);
    }

    private List<String> all(int pageSize) {
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            StatementViewProjection.Page page = fixture.readModels().statements().list(CONFLICT, pageSize, token);
            page.statements().forEach(s -> ids.add(s.statement().statementId()));
            token = page.nextPageToken();
        } while (!token.isEmpty());
        return ids;
    }

    @Test
    void statementsOfTheConflictAreListedInTheOrderTheyWereMadeAcrossPages() {
        statement("st-russia", CONFLICT, "Russia", "2026-02-28");
        statement("st-eu", CONFLICT, "EU", "2026-02-27");
        statement("st-elsewhere", "other-conflict", "UN", "2026-02-27");
        statement("st-un", CONFLICT, "UN", "2026-02-27");

        assertThat(all(2)).containsExactly("st-eu", "st-un", "st-russia");
        assertThat(all(100)).containsExactly("st-eu", "st-un", "st-russia");
    }

    @Test
    void aRedeliveredStatementIsListedOnce() {
        statement("st-eu", CONFLICT, "EU", "2026-02-27");
        fixture.redeliverAll();
        assertThat(all(100)).containsExactly("st-eu");
        assertThat(fixture.readModels().statements().list(CONFLICT, 10, null).statements().get(0).statement().stances())
                .containsExactly(Stance.CALLS_FOR_DEESCALATION);
    }
}
