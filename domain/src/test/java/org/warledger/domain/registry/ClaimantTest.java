package org.warledger.domain.registry;

import static org.warledger.domain.common.RuleViolations.violation;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.domain.registry.ClaimantCommands.AddClaimantAlias;
import org.warledger.domain.registry.ClaimantCommands.RegisterClaimant;
import org.warledger.domain.registry.ClaimantCommands.RenameClaimant;
import org.warledger.domain.registry.ClaimantEvents.ClaimantAliasAdded;
import org.warledger.domain.registry.ClaimantEvents.ClaimantRegistered;
import org.warledger.domain.registry.ClaimantEvents.ClaimantRenamed;

class ClaimantTest {

    private AggregateTestFixture<Claimant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Claimant.class);
    }

    private static ClaimantRegistered registered() {
        return new ClaimantRegistered("ISPR", "DG ISPR", ClaimantKind.SPOKESPERSON, "PAK",
                List.of("Inter-Services Public Relations"));
    }

    @Test
    void registeringAClaimantStoresThePartyItSpeaksFor() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClaimant("ISPR", "DG ISPR", ClaimantKind.SPOKESPERSON, "PAK",
                        List.of("Inter-Services Public Relations")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void aClaimantNeedNotSpeakForAParty() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClaimant("ACLED", "ACLED", ClaimantKind.DATASET, null, List.of()))
                .expectEvents(new ClaimantRegistered("ACLED", "ACLED", ClaimantKind.DATASET, null, List.of()));
    }

    @Test
    void renamingKeepsThePreviousName() {
        fixture.given(registered())
                .when(new RenameClaimant("ISPR", "Lt Gen Ahmed Sharif Chaudhry, DG ISPR"))
                .expectEvents(new ClaimantRenamed("ISPR", "DG ISPR", "Lt Gen Ahmed Sharif Chaudhry, DG ISPR"));
    }

    @Test
    void renamingToTheCurrentNameIsRefused() {
        fixture.given(registered())
                .when(new RenameClaimant("ISPR", "DG ISPR"))
                .expectException(violation("RENAME_CHANGES_NOTHING"))
                .expectNoEvents();
    }

    @Test
    void aNewAliasIsAdded() {
        fixture.given(registered())
                .when(new AddClaimantAlias("ISPR", "Pakistan army spokesman"))
                .expectEvents(new ClaimantAliasAdded("ISPR", "Pakistan army spokesman"));
    }

    @Test
    void anAliasItAlreadyHasIsRefused() {
        fixture.given(registered(), new ClaimantAliasAdded("ISPR", "Pakistan army spokesman"))
                .when(new AddClaimantAlias("ISPR", "Pakistan Army Spokesman"))
                .expectException(violation("ALIAS_EXISTS"))
                .expectNoEvents();
    }
}
