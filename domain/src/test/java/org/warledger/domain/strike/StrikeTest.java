package org.warledger.domain.strike;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.domain.common.Location;
import org.warledger.domain.common.LocationPrecision;
import org.warledger.domain.common.RuleViolationException;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;
import org.warledger.domain.strike.StrikeCommands.CorrectStrikeLocation;
import org.warledger.domain.strike.StrikeCommands.CorrectStrikeTime;
import org.warledger.domain.strike.StrikeCommands.RecordStrike;
import org.warledger.domain.strike.StrikeCommands.RecordStrikeOutcome;
import org.warledger.domain.strike.StrikeEvents.StrikeLocationCorrected;
import org.warledger.domain.strike.StrikeEvents.StrikeOutcomeRecorded;
import org.warledger.domain.strike.StrikeEvents.StrikeRecorded;
import org.warledger.domain.strike.StrikeEvents.StrikeTimeCorrected;

class StrikeTest {

    static final SourceRef ISPR = new SourceRef("ISPR", "https://ispr.gov.pk/pr", Instant.parse("2026-02-27T06:00:00Z"));
    static final Location NOWSHEHRA = new Location("Nowshehra", "Khyber Pakhtunkhwa", "PK", 34.0, 71.97,
            LocationPrecision.NEAR);
    static final Location SWABI = new Location("Swabi", "Khyber Pakhtunkhwa", "PK", null, null,
            LocationPrecision.DISTRICT);
    static final TimeWindow FEB_27 = new TimeWindow(Instant.parse("2026-02-27T00:00:00Z"),
            Instant.parse("2026-02-27T23:59:59Z"), TimePrecision.DAY);

    private AggregateTestFixture<Strike> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Strike.class);
    }

    private static StrikeRecorded recorded() {
        return new StrikeRecorded("s-1", "pak-afg-2026", "IEA", List.of(StrikeMethod.DRONE), "army artillery school",
                NOWSHEHRA, FEB_27, null, ISPR);
    }

    @Test
    void recordingAStrikeStoresEveryReportedDetail() {
        fixture.givenNoPriorActivity()
                .when(new RecordStrike("s-1", "pak-afg-2026", "IEA", List.of(StrikeMethod.DRONE),
                        "army artillery school", NOWSHEHRA, FEB_27, null, ISPR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(recorded());
    }

    @Test
    void correctingTheLocationKeepsThePreviousOneInTheEvent() {
        fixture.given(recorded())
                .when(new CorrectStrikeLocation("s-1", SWABI, "misidentified town", ISPR))
                .expectEvents(new StrikeLocationCorrected("s-1", "pak-afg-2026", NOWSHEHRA, SWABI,
                        "misidentified town", ISPR));
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        fixture.given(recorded())
                .when(new CorrectStrikeLocation("s-1", NOWSHEHRA, "same", ISPR))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void correctingTheTimeAppliesToLaterCorrections() {
        TimeWindow feb26 = new TimeWindow(Instant.parse("2026-02-26T00:00:00Z"), Instant.parse("2026-02-26T23:59:59Z"),
                TimePrecision.DAY);
        fixture.given(recorded(), new StrikeTimeCorrected("s-1", "pak-afg-2026", FEB_27, feb26, "late report", ISPR))
                .when(new CorrectStrikeTime("s-1", feb26, "again", ISPR))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anOutcomeIsANewEvent() {
        fixture.given(recorded())
                .when(new RecordStrikeOutcome("s-1", StrikeOutcome.INTERCEPTED, "all three drones destroyed", ISPR))
                .expectEvents(new StrikeOutcomeRecorded("s-1", "pak-afg-2026", StrikeOutcome.INTERCEPTED,
                        "all three drones destroyed", ISPR));
    }
}
