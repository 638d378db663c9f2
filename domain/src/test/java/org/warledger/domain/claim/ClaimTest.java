package org.warledger.domain.claim;

import static org.warledger.domain.common.RuleViolations.violation;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.domain.claim.ClaimCommands.AssertClaim;
import org.warledger.domain.claim.ClaimCommands.AssessClaim;
import org.warledger.domain.claim.ClaimCommands.RetractClaim;
import org.warledger.domain.claim.ClaimCommands.ReviseClaim;
import org.warledger.domain.claim.ClaimEvents.ClaimAssessed;
import org.warledger.domain.claim.ClaimEvents.ClaimAsserted;
import org.warledger.domain.claim.ClaimEvents.ClaimRetracted;
import org.warledger.domain.claim.ClaimEvents.ClaimRevised;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.Quantity;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;

class ClaimTest {

    static final String CONFLICT = "pak-afg-2026";
    static final Instant STATED = Instant.parse("2026-02-27T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-02-28T09:00:00Z");
    static final ClaimScope FIGHTING = new ClaimScope(new TimeWindow(Instant.parse("2026-02-26T00:00:00Z"),
            Instant.parse("2026-02-28T23:59:59Z"), TimePrecision.DAY), List.of(), "Ghazab lil-Haq");

    private AggregateTestFixture<Claim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Claim.class);
    }

    private static ClaimAsserted asserted() {
        return new ClaimAsserted("c-1", CONFLICT, "ISPR", STATED, Channel.PRESS_BRIEFING, "ISPR briefing",
                "at least 274 Afghan Taliban killed", FIGHTING, "IEA", ClaimCategory.KILLED, Quantity.atLeast(274));
    }

    private static ClaimRevised revisedTo300() {
        return new ClaimRevised("c-1", CONFLICT, Quantity.atLeast(274), Quantity.atLeast(300), LATER,
                "ISPR update", "over 300", "updated toll", 1);
    }

    @Test
    void assertingAClaimStoresWhoSaidWhatAboutWhomInTheirWords() {
        fixture.givenNoPriorActivity()
                .when(new AssertClaim("c-1", CONFLICT, "ISPR", STATED, Channel.PRESS_BRIEFING, "ISPR briefing",
                        "at least 274 Afghan Taliban killed", FIGHTING, "IEA", ClaimCategory.KILLED,
                        Quantity.atLeast(274)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(asserted());
    }

    @Test
    void retractingRecordsTheReasonAndTime() {
        fixture.given(asserted())
                .when(new RetractClaim("c-1", "post deleted", LATER))
                .expectEvents(new ClaimRetracted("c-1", CONFLICT, "post deleted", LATER));
    }

    @Test
    void retractingTwiceIsRefused() {
        fixture.given(asserted(), new ClaimRetracted("c-1", CONFLICT, "post deleted", LATER))
                .when(new RetractClaim("c-1", "again", LATER))
                .expectException(violation("CLAIM_ALREADY_RETRACTED"))
                .expectNoEvents();
    }

    @Test
    void revisingKeepsThePreviousFigureAndNumbersTheRevision() {
        fixture.given(asserted())
                .when(new ReviseClaim("c-1", Quantity.atLeast(300), LATER, "ISPR update", "over 300",
                        "updated toll"))
                .expectEvents(revisedTo300());
    }

    @Test
    void aSecondRevisionStartsFromTheFirstRevisedFigure() {
        fixture.given(asserted(), revisedTo300())
                .when(new ReviseClaim("c-1", Quantity.exactly(310), LATER, "ISPR", "310", null))
                .expectEvents(new ClaimRevised("c-1", CONFLICT, Quantity.atLeast(300), Quantity.exactly(310), LATER,
                        "ISPR", "310", null, 2));
    }

    @Test
    void revisingARetractedClaimIsRefused() {
        fixture.given(asserted(), new ClaimRetracted("c-1", CONFLICT, "post deleted", LATER))
                .when(new ReviseClaim("c-1", Quantity.atLeast(300), LATER, "x", "x", null))
                .expectException(violation("CLAIM_RETRACTED"))
                .expectNoEvents();
    }

    @Test
    void aRevisionToTheCurrentFigureIsRefused() {
        fixture.given(asserted(), revisedTo300())
                .when(new ReviseClaim("c-1", Quantity.atLeast(300), LATER, "x", "x", null))
                .expectException(violation("REVISION_CHANGES_NOTHING"))
                .expectNoEvents();
    }

    @Test
    void theSameNumberInAnotherFormIsARealRevision() {
        fixture.given(asserted())
                .when(new ReviseClaim("c-1", Quantity.exactly(274), LATER, "ISPR", "274", null))
                .expectEvents(new ClaimRevised("c-1", CONFLICT, Quantity.atLeast(274), Quantity.exactly(274), LATER,
                        "ISPR", "274", null, 1));
    }

    @Test
    void theFirstAssessmentRecordsThatTheClaimWasUnverified() {
        fixture.given(asserted())
                .when(new AssessClaim("c-1", Grade.DISPUTED, "analyst-1", "contradicted by IEA", LATER))
                .expectEvents(new ClaimAssessed("c-1", CONFLICT, Grade.DISPUTED, Grade.UNVERIFIED, "analyst-1",
                        "contradicted by IEA", LATER));
    }

    @Test
    void aLaterAssessmentRecordsTheGradeItReplaces() {
        fixture.given(asserted(), new ClaimAssessed("c-1", CONFLICT, Grade.DISPUTED, Grade.UNVERIFIED, "a", null,
                        STATED))
                .when(new AssessClaim("c-1", Grade.CORROBORATED, "analyst-2", "satellite imagery", LATER))
                .expectEvents(new ClaimAssessed("c-1", CONFLICT, Grade.CORROBORATED, Grade.DISPUTED, "analyst-2",
                        "satellite imagery", LATER));
    }

    @Test
    void aRetractedClaimCanStillBeAssessed() {
        fixture.given(asserted(), new ClaimRetracted("c-1", CONFLICT, "post deleted", STATED))
                .when(new AssessClaim("c-1", Grade.DISCOUNTED, "analyst-1", "deleted by its author", LATER))
                .expectEvents(new ClaimAssessed("c-1", CONFLICT, Grade.DISCOUNTED, Grade.UNVERIFIED, "analyst-1",
                        "deleted by its author", LATER));
    }
}
