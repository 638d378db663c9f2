package org.warledger.domain.operation;

import static org.warledger.domain.common.RuleViolations.violation;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;
import org.warledger.domain.operation.OperationCommands.EndOperation;
import org.warledger.domain.operation.OperationCommands.LaunchOperation;
import org.warledger.domain.operation.OperationCommands.LinkStrikeToOperation;
import org.warledger.domain.operation.OperationEvents.OperationEnded;
import org.warledger.domain.operation.OperationEvents.OperationLaunched;
import org.warledger.domain.operation.OperationEvents.StrikeLinkedToOperation;

class OperationTest {

    static final String CONFLICT = "pak-afg-2026";
    static final SourceRef ISPR = new SourceRef("ISPR", "ISPR press release", Instant.parse("2026-02-27T06:00:00Z"));
    static final TimeWindow FEB_27 = new TimeWindow(Instant.parse("2026-02-27T00:00:00Z"),
            Instant.parse("2026-02-27T23:59:59Z"), TimePrecision.DAY);
    static final TimeWindow FEB_28 = new TimeWindow(Instant.parse("2026-02-28T00:00:00Z"),
            Instant.parse("2026-02-28T23:59:59Z"), TimePrecision.DAY);

    private AggregateTestFixture<Operation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Operation.class);
    }

    private static OperationLaunched launched() {
        return new OperationLaunched("op-1", CONFLICT, "Ghazab lil-Haq", "PAK", FEB_27,
                "air and artillery strikes on 22 sites", ISPR);
    }

    @Test
    void launchingAnOperationStoresItsNamePartyAndStart() {
        fixture.givenNoPriorActivity()
                .when(new LaunchOperation("op-1", CONFLICT, "Ghazab lil-Haq", "PAK", FEB_27,
                        "air and artillery strikes on 22 sites", ISPR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(launched());
    }

    @Test
    void endingRecordsWhen() {
        fixture.given(launched())
                .when(new EndOperation("op-1", FEB_28, ISPR))
                .expectEvents(new OperationEnded("op-1", CONFLICT, FEB_28, ISPR, "Ghazab lil-Haq", "PAK"));
    }

    @Test
    void endingTwiceIsRefused() {
        fixture.given(launched(), new OperationEnded("op-1", CONFLICT, FEB_28, ISPR, "Ghazab lil-Haq", "PAK"))
                .when(new EndOperation("op-1", FEB_28, ISPR))
                .expectException(violation("OPERATION_ALREADY_ENDED"))
                .expectNoEvents();
    }

    @Test
    void aLinkedStrikeCarriesTheOperationName() {
        fixture.given(launched())
                .when(new LinkStrikeToOperation("op-1", "s-7"))
                .expectEvents(new StrikeLinkedToOperation("op-1", CONFLICT, "Ghazab lil-Haq", "s-7"));
    }

    @Test
    void aStrikeReportedLateCanBeLinkedAfterTheOperationEnded() {
        fixture.given(launched(), new OperationEnded("op-1", CONFLICT, FEB_28, ISPR, "Ghazab lil-Haq", "PAK"))
                .when(new LinkStrikeToOperation("op-1", "s-8"))
                .expectEvents(new StrikeLinkedToOperation("op-1", CONFLICT, "Ghazab lil-Haq", "s-8"));
    }

    @Test
    void linkingTheSameStrikeTwiceIsRefused() {
        fixture.given(launched(), new StrikeLinkedToOperation("op-1", CONFLICT, "Ghazab lil-Haq", "s-7"))
                .when(new LinkStrikeToOperation("op-1", "s-7"))
                .expectException(violation("STRIKE_ALREADY_LINKED"))
                .expectNoEvents();
    }
}
