package org.warledger.domain.registry;

import static org.warledger.domain.common.RuleViolations.violation;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.domain.registry.PartyCommands.AddPartyAlias;
import org.warledger.domain.registry.PartyCommands.RegisterParty;
import org.warledger.domain.registry.PartyCommands.RenameParty;
import org.warledger.domain.registry.PartyEvents.PartyAliasAdded;
import org.warledger.domain.registry.PartyEvents.PartyRegistered;
import org.warledger.domain.registry.PartyEvents.PartyRenamed;

class PartyTest {

    private AggregateTestFixture<Party> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Party.class);
    }

    private static PartyRegistered registered() {
        return new PartyRegistered("PAK", "Pakistan Armed Forces", PartyKind.STATE_FORCES, "PK",
                List.of("Pakistan Army"));
    }

    @Test
    void registeringAPartyStoresItsKeyNameKindCountryAndAliases() {
        fixture.givenNoPriorActivity()
                .when(new RegisterParty("PAK", "Pakistan Armed Forces", PartyKind.STATE_FORCES, "PK",
                        List.of("Pakistan Army")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void aPartyWithoutCountryOrAliasesCanBeRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterParty("CIV-AFG", "Afghan civilians", PartyKind.CIVILIANS, null, null))
                .expectEvents(new PartyRegistered("CIV-AFG", "Afghan civilians", PartyKind.CIVILIANS, null,
                        List.of()));
    }

    @Test
    void renamingKeepsThePreviousName() {
        fixture.given(registered())
                .when(new RenameParty("PAK", "Pakistan Armed Forces (ISPR)"))
                .expectEvents(new PartyRenamed("PAK", "Pakistan Armed Forces", "Pakistan Armed Forces (ISPR)"));
    }

    @Test
    void renamingToTheCurrentNameIsRefused() {
        fixture.given(registered(), new PartyRenamed("PAK", "Pakistan Armed Forces", "PAF"))
                .when(new RenameParty("PAK", "PAF"))
                .expectException(violation("RENAME_CHANGES_NOTHING"))
                .expectNoEvents();
    }

    @Test
    void aNewAliasIsAdded() {
        fixture.given(registered())
                .when(new AddPartyAlias("PAK", "Pak Fauj"))
                .expectEvents(new PartyAliasAdded("PAK", "Pak Fauj"));
    }

    @Test
    void anAliasGivenAtRegistrationCannotBeAddedAgainInAnyCase() {
        fixture.given(registered())
                .when(new AddPartyAlias("PAK", "pakistan army"))
                .expectException(violation("ALIAS_EXISTS"))
                .expectNoEvents();
    }

    @Test
    void anAliasAddedEarlierCannotBeAddedAgain() {
        fixture.given(registered(), new PartyAliasAdded("PAK", "Pak Fauj"))
                .when(new AddPartyAlias("PAK", "Pak Fauj"))
                .expectException(violation("ALIAS_EXISTS"))
                .expectNoEvents();
    }
}
