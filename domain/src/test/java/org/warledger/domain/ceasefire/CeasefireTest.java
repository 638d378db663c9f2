package org.warledger.domain.ceasefire;

import static org.warledger.domain.common.RuleViolations.violation;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.domain.ceasefire.CeasefireCommands.AllegeCeasefireViolation;
import org.warledger.domain.ceasefire.CeasefireCommands.DeclareCeasefireCollapsed;
import org.warledger.domain.ceasefire.CeasefireCommands.EndCeasefire;
import org.warledger.domain.ceasefire.CeasefireCommands.RenewCeasefire;
import org.warledger.domain.ceasefire.CeasefireCommands.ReportCeasefire;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireCollapsed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireEnded;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireRenewed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireReported;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireViolationAlleged;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;

class CeasefireTest {

    static final String CONFLICT = "pak-afg-2026";
    static final SourceRef BBC = new SourceRef("BBC", "https://bbc.co.uk/news/x", Instant.parse("2026-02-27T12:00:00Z"));
    static final TimeWindow OCTOBER_2025 = new TimeWindow(Instant.parse("2025-10-01T00:00:00Z"),
            Instant.parse("2025-10-31T23:59:59Z"), TimePrecision.MONTH);
    static final TimeWindow BEFORE_FEB_27 = new TimeWindow(null, Instant.parse("2026-02-27T00:00:00Z"),
            TimePrecision.UNKNOWN);
    static final TimeWindow FEB_26 = day("2026-02-26");

    private AggregateTestFixture<Ceasefire> fixture;

    static TimeWindow day(String date) {
        return new TimeWindow(Instant.parse(date + "T00:00:00Z"), Instant.parse(date + "T23:59:59Z"),
                TimePrecision.DAY);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ceasefire.class);
    }

    private static CeasefireReported reported() {
        return new CeasefireReported("cf-1", CONFLICT, List.of("PAK", "IEA"), List.of("Qatar", "Turkey"),
                OCTOBER_2025, null, null, "halt cross-border attacks", BBC);
    }

    private static CeasefireCollapsed collapsed() {
        return new CeasefireCollapsed("cf-1", CONFLICT, BEFORE_FEB_27, "BBC", BBC);
    }

    private static AllegeCeasefireViolation allege(String violationId, TimeWindow occurred) {
        return new AllegeCeasefireViolation("cf-1", violationId, "ISPR", "IEA", occurred, List.of("s-1"),
                List.of(), "attack on border posts", BBC);
    }

    private static CeasefireViolationAlleged alleged(String violationId, TimeWindow occurred) {
        return new CeasefireViolationAlleged("cf-1", CONFLICT, violationId, "ISPR", "IEA", occurred, List.of("s-1"),
                List.of(), "attack on border posts", BBC);
    }

    @Test
    void reportingACeasefireStoresPartiesMediatorsAndTerms() {
        fixture.givenNoPriorActivity()
                .when(new ReportCeasefire("cf-1", CONFLICT, List.of("PAK", "IEA"), List.of("Qatar", "Turkey"),
                        OCTOBER_2025, null, null, "halt cross-border attacks", BBC))
                .expectSuccessfulHandlerExecution()
                .expectEvents(reported());
    }

    @Test
    void aViolationIsAllegedWithTheStrikesAndClaimsItRestsOn() {
        fixture.given(reported())
                .when(allege("v-1", FEB_26))
                .expectEvents(alleged("v-1", FEB_26));
    }

    @Test
    void aViolationRecordedAfterTheCollapseIsAcceptedBecauseItMayHaveHappenedBefore() {
        fixture.given(reported(), collapsed())
                .when(allege("v-1", FEB_26))
                .expectEvents(alleged("v-1", FEB_26));
    }

    @Test
    void theSameViolationCannotBeAllegedTwice() {
        fixture.given(reported(), alleged("v-1", FEB_26))
                .when(allege("v-1", day("2026-02-25")))
                .expectException(violation("VIOLATION_EXISTS"))
                .expectNoEvents();
    }

    @Test
    void aViolationEntirelyBeforeTheAgreementIsRefused() {
        fixture.given(reported())
                .when(allege("v-1", day("2025-09-30")))
                .expectException(violation("VIOLATION_BEFORE_CEASEFIRE"))
                .expectNoEvents();
    }

    @Test
    void aViolationThatMayFallWithinTheAgreementWindowIsAccepted() {
        TimeWindow lateSeptemberToMidOctober = new TimeWindow(Instant.parse("2025-09-25T00:00:00Z"),
                Instant.parse("2025-10-15T00:00:00Z"), TimePrecision.WEEK);
        fixture.given(reported())
                .when(allege("v-1", lateSeptemberToMidOctober))
                .expectEvents(alleged("v-1", lateSeptemberToMidOctober));
    }

    @Test
    void declaringTheCollapseRecordsWhoDeclaredItAndWhen() {
        fixture.given(reported())
                .when(new DeclareCeasefireCollapsed("cf-1", BEFORE_FEB_27, "BBC", BBC))
                .expectEvents(collapsed());
    }

    @Test
    void aSecondCollapseInTheSameWindowIsRefused() {
        fixture.given(reported(), collapsed())
                .when(new DeclareCeasefireCollapsed("cf-1", BEFORE_FEB_27, "ISPR", BBC))
                .expectException(violation("ALREADY_COLLAPSED"))
                .expectNoEvents();
    }

    @Test
    void aRenewedCeasefireCanCollapseAgainAtAnotherTime() {
        fixture.given(reported(), collapsed(),
                        new CeasefireRenewed("cf-1", CONFLICT, day("2026-03-05"), null, "renewed", BBC))
                .when(new DeclareCeasefireCollapsed("cf-1", day("2026-03-10"), "BBC", BBC))
                .expectEvents(new CeasefireCollapsed("cf-1", CONFLICT, day("2026-03-10"), "BBC", BBC));
    }

    @Test
    void endingRecordsTheReason() {
        fixture.given(reported())
                .when(new EndCeasefire("cf-1", day("2026-01-15"), "expired", BBC))
                .expectEvents(new CeasefireEnded("cf-1", CONFLICT, day("2026-01-15"), "expired", BBC));
    }

    @Test
    void renewingAfterACollapseIsRecordedWithItsNewEnd() {
        Instant until = Instant.parse("2026-04-01T00:00:00Z");
        fixture.given(reported(), collapsed())
                .when(new RenewCeasefire("cf-1", day("2026-03-05"), until, "talks in Doha", BBC))
                .expectEvents(new CeasefireRenewed("cf-1", CONFLICT, day("2026-03-05"), until, "talks in Doha", BBC));
    }
}
