package org.warledger.server.importer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.warledger.domain.claim.Channel;
import org.warledger.domain.claim.ClaimCommands.AssertClaim;
import org.warledger.domain.claim.ClaimCommands.ReviseClaim;
import org.warledger.domain.claim.ClaimScope;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.registry.ClaimantCommands.RegisterClaimant;
import org.warledger.domain.registry.ClaimantKind;
import org.warledger.domain.registry.PartyCommands.RegisterParty;
import org.warledger.domain.registry.PartyKind;
import org.warledger.domain.strike.StrikeCommands.CorrectStrikeLocation;
import org.warledger.domain.strike.StrikeCommands.CorrectStrikeTime;
import org.warledger.domain.strike.StrikeCommands.RecordStrike;
import org.warledger.domain.strike.StrikeMethod;
import org.warledger.projections.ReadModels;
import org.warledger.proto.v1.ImportOutcome;
import org.warledger.server.grpc.CommandExecutor;
import org.warledger.server.grpc.Violations;
import org.warledger.server.store.EntityAlreadyExistsException;

/**
 * Imports one validated record: resolves its parties, compares it with what the ledger holds, and
 * only then writes — registrations, the strike (or its corrections), the claims (or their
 * revisions). Every command has a request id derived from the data, so a re-run after a failure
 * completes a half-written record without writing anything twice.
 */
@ApplicationScoped
public class RecordImporter {

    /** What was (or, validating only, would be) done. */
    record Result(ImportOutcome outcome, String strikeId, List<String> changedClaims) {
    }

    private final CommandExecutor executor;
    private final ReadModels readModels;
    private final LedgerState ledger;

    public RecordImporter(CommandExecutor executor, ReadModels readModels, EventStore eventStore) {
        this.executor = executor;
        this.readModels = readModels;
        this.ledger = new LedgerState(eventStore);
    }

    Result importRecord(RecordPlan plan, ImportSession session, boolean validateOnly) {
        Violations v = new Violations();
        Map<String, PartyNames.Derived> parties = new LinkedHashMap<>();
        String sideA = resolve("side_a", plan.sideA(), plan, session, parties, v);
        String sideB = plan.sideB() == null ? null : resolve("side_b", plan.sideB(), plan, session, parties, v);
        Map<RecordPlan.Figure, String> subjects = new LinkedHashMap<>();
        Map<String, RecordPlan.Figure> byTarget = new LinkedHashMap<>();
        for (RecordPlan.Figure f : plan.figures()) {
            String party = subject(f, plan, sideA, sideB, parties);
            RecordPlan.Figure other = byTarget.putIfAbsent(party + "/" + f.category(), f);
            if (other != null) {
                v.add("figures[" + f.index() + "]", "is about the same party (" + party + ") and category as figures["
                        + other.index() + "]");
            }
            subjects.put(f, party);
        }
        LedgerState.StrikeNow strike = ledger.strike(plan.strikeId());
        if (strike != null && !strike.conflictKey().equals(plan.conflictKey())) {
            v.add("conflict_key", "event " + plan.sourceId() + " was imported into conflict '" + strike.conflictKey()
                    + "'; import it with that conflict key");
        }
        v.throwIfAny();
        Map<String, LedgerState.ClaimNow> claims = strike == null ? Map.of()
                : ledger.claims(plan.figures().stream().map(plan::claimId).toList());
        List<Write> writes = plan(plan, sideA, subjects, strike, claims);
        if (!validateOnly) {
            register(plan, parties, session);
            writes.forEach(w -> executor.executeDerived(w.requestId, session.recordedBy, w.command));
        }
        List<String> changed = writes.stream().map(w -> w.claimId).filter(Objects::nonNull).toList();
        ImportOutcome outcome = strike == null || writes.stream().anyMatch(w -> w.creates)
                ? ImportOutcome.IMPORT_OUTCOME_IMPORTED
                : writes.isEmpty() ? ImportOutcome.IMPORT_OUTCOME_UNCHANGED : ImportOutcome.IMPORT_OUTCOME_REVISED;
        return new Result(outcome, plan.strikeId(), changed);
    }

    private record Write(String requestId, Object command, String claimId, boolean creates) {
    }

    private static List<Write> plan(RecordPlan p, String attacker, Map<RecordPlan.Figure, String> subjects,
                                    LedgerState.StrikeNow strike, Map<String, LedgerState.ClaimNow> claims) {
        List<Write> writes = new ArrayList<>();
        String release = p.dataset() + (p.release() == null ? "" : " release " + p.release());
        SourceRef source = new SourceRef(p.dataset(), citation(p), p.statedAt());
        if (strike == null) {
            writes.add(write(p, "strike", new RecordStrike(p.strikeId(), p.conflictKey(), attacker,
                    List.of(StrikeMethod.OTHER), p.description(), p.location(), p.occurred(), null, source), null, true));
        } else {
            if (!strike.location().equals(p.location())) {
                writes.add(write(p, "location", new CorrectStrikeLocation(p.strikeId(), p.location(),
                        "place as published in " + release, source), null, false));
            }
            if (!strike.occurred().equals(p.occurred())) {
                writes.add(write(p, "time", new CorrectStrikeTime(p.strikeId(), p.occurred(),
                        "time as published in " + release, source), null, false));
            }
        }
        ClaimScope scope = new ClaimScope(p.occurred(), List.of(p.strikeId()), null);
        for (var e : subjects.entrySet()) {
            RecordPlan.Figure f = e.getKey();
            String claimId = p.claimId(f);
            LedgerState.ClaimNow now = claims.get(claimId);
            if (now == null) {
                writes.add(write(p, f.section(), new AssertClaim(claimId, p.conflictKey(), p.dataset(), p.statedAt(),
                        Channel.DATASET, citation(p), words(p, f), scope, e.getValue(), f.category(), f.quantity()),
                        claimId, true));
            } else if (!now.retracted() && !now.quantity().equals(f.quantity())) {
                writes.add(write(p, f.section(), new ReviseClaim(claimId, f.quantity(), p.statedAt(), citation(p),
                        words(p, f), "figure as published in " + release), claimId, false));
            }
        }
        return writes;
    }

    private static Write write(RecordPlan p, String section, Object command, String claimId, boolean creates) {
        String id = "imp:" + p.dataset() + ":" + p.sourceId() + ":" + section + ":"
                + CommandExecutor.sha256(command.toString()).substring(0, 16);
        return new Write(id.length() <= 128 ? id : "imp:" + CommandExecutor.sha256(id), command, claimId, creates);
    }

    private static String citation(RecordPlan p) {
        String c = p.dataset() + (p.release() == null ? "" : " " + p.release()) + " event " + p.sourceId();
        return p.sources() == null ? c : c + "; sources: " + p.sources();
    }

    private static String words(RecordPlan p, RecordPlan.Figure f) {
        List<String> parts = new ArrayList<>();
        if (f.originalWords() != null) {
            parts.add(f.originalWords());
        }
        if (p.sourceOriginal() != null) {
            parts.add("original source: " + p.sourceOriginal());
        }
        if (p.notes() != null) {
            parts.add("notes: " + p.notes());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private String subject(RecordPlan.Figure f, RecordPlan p, String sideA, String sideB,
                           Map<String, PartyNames.Derived> parties) {
        String cc = p.countryCode();
        return switch (f.subject()) {
            case SIDE_A -> sideA;
            case SIDE_B -> sideB;
            case CIVILIANS -> implicit(parties, new PartyNames.Derived(PartyNames.civilians(cc), PartyKind.CIVILIANS,
                    "Civilians (" + cc + ")"));
            case UNKNOWN -> implicit(parties, new PartyNames.Derived(PartyNames.unknown(cc), PartyKind.OTHER,
                    "Unknown affiliation (" + cc + ")"));
            case ALL -> implicit(parties, new PartyNames.Derived(PartyNames.everyone(cc), PartyKind.OTHER,
                    "Everyone (" + cc + "): event totals"));
        };
    }

    private static String implicit(Map<String, PartyNames.Derived> parties, PartyNames.Derived party) {
        parties.putIfAbsent(party.key(), party);
        return party.key();
    }

    /** A registered key or alias for {@code name}, else a key derived from it (registered later). */
    private String resolve(String field, String name, RecordPlan p, ImportSession session,
                           Map<String, PartyNames.Derived> parties, Violations v) {
        PartyNames.Derived derived = PartyNames.derive(name, p.countryCode());
        String cacheKey = name + "\u0000" + p.countryCode();
        boolean byCountry = derived != null && derived.kind() == PartyKind.CIVILIANS;
        String key = session.keyOfName.computeIfAbsent(cacheKey, n -> byCountry ? derived.key()
                : readModels.registry().partyKey(name).orElse(derived == null ? "" : derived.key()));
        if (key.isEmpty()) {
            v.add(field, "'" + name + "' has no letters or digits to make a party key from");
            session.keyOfName.remove(cacheKey);
            return null;
        }
        if (derived != null && derived.key().equals(key)) {
            parties.putIfAbsent(key, derived);
        }
        return key;
    }

    private void register(RecordPlan p, Map<String, PartyNames.Derived> parties, ImportSession session) {
        ensure(session, "claimant:" + p.dataset(), p.dataset(), "imp:claimant:" + p.dataset(),
                new RegisterClaimant(p.dataset(), p.dataset(), ClaimantKind.DATASET, null, List.of()));
        for (PartyNames.Derived d : parties.values()) {
            boolean aliasable = d.kind() != PartyKind.CIVILIANS && !d.name().equalsIgnoreCase(d.key())
                    && !d.key().startsWith("ALL-") && !d.key().startsWith("UNK-");
            ensure(session, "party:" + d.key(), d.key(), "imp:party:" + d.key(),
                    new RegisterParty(d.key(), d.name(), d.kind(), null, aliasable ? List.of(d.name()) : List.of()));
        }
    }

    /** Registers once per session; an entity registered by someone else meanwhile is fine. */
    private void ensure(ImportSession session, String cacheKey, String id, String requestId, Object command) {
        session.registered.computeIfAbsent(cacheKey, k -> {
            if (!ledger.exists(id)) {
                try {
                    executor.executeDerived(requestId, session.recordedBy, command);
                } catch (EntityAlreadyExistsException e) {
                    // registered concurrently by another import: what we wanted
                }
            }
            return true;
        });
    }
}
