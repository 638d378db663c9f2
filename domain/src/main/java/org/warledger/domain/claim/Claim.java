package org.warledger.domain.claim;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateVersion;
import org.warledger.domain.claim.ClaimCommands.AssertClaim;
import org.warledger.domain.claim.ClaimCommands.AssessClaim;
import org.warledger.domain.claim.ClaimCommands.RetractClaim;
import org.warledger.domain.claim.ClaimCommands.ReviseClaim;
import org.warledger.domain.claim.ClaimEvents.ClaimAssessed;
import org.warledger.domain.claim.ClaimEvents.ClaimAsserted;
import org.warledger.domain.claim.ClaimEvents.ClaimRetracted;
import org.warledger.domain.claim.ClaimEvents.ClaimRevised;
import org.warledger.domain.common.Quantity;
import org.warledger.domain.common.RuleViolationException;

/** A claim by a named claimant: never a fact, only what was said, revised, retracted and graded. */
public class Claim {

    @AggregateIdentifier
    private String claimId;
    @AggregateVersion
    private Long version;
    private String conflictKey;
    private Quantity quantity;
    private int revision;
    private boolean retracted;
    private Grade grade;

    protected Claim() {
        // for Axon
    }

    @CommandHandler
    public Claim(AssertClaim command) {
        apply(new ClaimAsserted(command.claimId(), command.conflictKey(), command.claimantKey(), command.statedAt(),
                command.channel(), command.citation(), command.originalWords(), command.scope(),
                command.subjectParty(), command.category(), command.quantity()));
    }

    @CommandHandler
    public void handle(RetractClaim command) {
        if (retracted) {
            throw new RuleViolationException("CLAIM_ALREADY_RETRACTED", "the claim is already retracted");
        }
        apply(new ClaimRetracted(claimId, conflictKey, command.reason(), command.retractedAt()));
    }

    @CommandHandler
    public void handle(ReviseClaim command) {
        if (retracted) {
            throw new RuleViolationException("CLAIM_RETRACTED", "a retracted claim cannot be revised");
        }
        if (quantity.equals(command.quantity())) {
            throw new RuleViolationException("REVISION_CHANGES_NOTHING", "the claim already has this figure");
        }
        apply(new ClaimRevised(claimId, conflictKey, quantity, command.quantity(), command.revisedAt(),
                command.citation(), command.originalWords(), command.note(), revision + 1));
    }

    /** Allowed on a retracted claim too: an analyst may still discount what was said. */
    @CommandHandler
    public void handle(AssessClaim command) {
        apply(new ClaimAssessed(claimId, conflictKey, command.grade(), grade, command.analyst(), command.note(),
                command.assessedAt()));
    }

    @EventSourcingHandler
    void on(ClaimAsserted event) {
        claimId = event.claimId();
        conflictKey = event.conflictKey();
        quantity = event.quantity();
        revision = 0;
        retracted = false;
        grade = Grade.UNVERIFIED;
    }

    @EventSourcingHandler
    void on(ClaimRetracted event) {
        retracted = true;
    }

    @EventSourcingHandler
    void on(ClaimRevised event) {
        quantity = event.quantity();
        revision = event.revision();
    }

    @EventSourcingHandler
    void on(ClaimAssessed event) {
        grade = event.grade();
    }
}
