package org.warledger.projections.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warledger.domain.common.Location;
import org.warledger.domain.common.LocationPrecision;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;
import org.warledger.domain.operation.OperationEvents.OperationEnded;
import org.warledger.domain.operation.OperationEvents.OperationLaunched;
import org.warledger.domain.operation.OperationEvents.StrikeLinkedToOperation;
import org.warledger.domain.strike.StrikeEvents.StrikeRecorded;
import org.warledger.domain.strike.StrikeMethod;
import org.warledger.projections.strike.StrikeView;
import org.warledger.projections.support.ReadModelFixture;

class OperationViewTest {

    static final String CONFLICT = "pak-afg-2026";
    static final SourceRef ISPR = new SourceRef("ISPR", null, null);
    static final Instant NOW = Instant.parse("2026-02-28T12:00:00Z");
    static final Location KABUL = new Location("Kabul", null, "AF", null, null, LocationPrecision.REGION);

    private final ReadModelFixture fixture = new ReadModelFixture();

    static TimeWindow day(String date) {
        return new TimeWindow(Instant.parse(date + "T00:00:00Z"), Instant.parse(date + "T23:59:59Z"), TimePrecision.DAY);
    }

    private void strike(String id, String conflict, String operation, String date) {
        fixture.feed(id, new StrikeRecorded(id, conflict, "PAK", List.of(StrikeMethod.AIR), "sites", KABUL, day(date),
                operation, ISPR), NOW);
    }

    private void launch() {
        fixture.feed("op-1", new OperationLaunched("op-1", CONFLICT, "Ghazab lil-Haq", "PAK", day("2026-02-27"),
                "strikes on 22 sites", ISPR), NOW);
    }

    @Test
    void theOperationHasItsLinkedStrikesAndThoseRecordedUnderItsNameInTheConflict() {
        strike("named", CONFLICT, "ghazab lil-haq", "2026-02-28");
        strike("linked", CONFLICT, null, "2026-02-27");
        strike("other-op", CONFLICT, "Something else", "2026-02-27");
        strike("other-conflict", "other-conflict", "Ghazab lil-Haq", "2026-02-27");
        launch();
        fixture.feed("op-1", new StrikeLinkedToOperation("op-1", CONFLICT, "Ghazab lil-Haq", "linked"), NOW);
        fixture.feed("op-1", new StrikeLinkedToOperation("op-1", CONFLICT, "Ghazab lil-Haq", "not-yet-known"), NOW);

        OperationQuery.Result result = fixture.readModels().operations().find("op-1");

        assertThat(result.strikes()).extracting(StrikeView::strikeId).containsExactly("linked", "named");
        assertThat(result.unknownStrikeIds()).containsExactly("not-yet-known");
        assertThat(result.operation().party()).isEqualTo("PAK");
        assertThat(result.operation().ended()).isNull();
    }

    @Test
    void anEndedOperationKeepsItsEndAndRedeliveryChangesNothing() {
        launch();
        fixture.feed("op-1", new StrikeLinkedToOperation("op-1", CONFLICT, "Ghazab lil-Haq", "s-1"), NOW);
        fixture.feed("op-1", new OperationEnded("op-1", CONFLICT, day("2026-02-28"), ISPR, "Ghazab lil-Haq", "PAK"), NOW);
        fixture.redeliverAll();

        OperationView view = fixture.readModels().operations().find("op-1").operation();
        assertThat(view.ended()).isEqualTo(day("2026-02-28"));
        assertThat(view.linkedStrikeIds()).containsExactly("s-1");
        assertThat(fixture.readModels().operations().find("no-such-op")).isNull();
    }
}
