package org.warledger.server.grpc;

import static org.warledger.server.grpc.CommonMapper.blankToNull;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warledger.domain.ceasefire.CeasefireCommands.AllegeCeasefireViolation;
import org.warledger.domain.ceasefire.CeasefireCommands.DeclareCeasefireCollapsed;
import org.warledger.domain.ceasefire.CeasefireCommands.EndCeasefire;
import org.warledger.domain.ceasefire.CeasefireCommands.RenewCeasefire;
import org.warledger.domain.ceasefire.CeasefireCommands.ReportCeasefire;
import org.warledger.domain.common.TimeWindow;
import org.warledger.proto.v1.AllegeCeasefireViolationRequest;
import org.warledger.proto.v1.DeclareCeasefireCollapsedRequest;
import org.warledger.proto.v1.EndCeasefireRequest;
import org.warledger.proto.v1.RenewCeasefireRequest;
import org.warledger.proto.v1.ReportCeasefireRequest;
import org.warledger.server.registry.Registry;

/** Ceasefire requests to commands, validating every field and resolving party names to registered keys. */
final class CeasefireMapper {

    private CeasefireMapper() {
    }

    static ReportCeasefire toCommand(ReportCeasefireRequest r, String ceasefireId, Registry registry) {
        Violations v = new Violations();
        v.id("ceasefire_id", r.getCeasefireId());
        v.conflictKey("conflict_key", r.getConflictKey());
        keys("parties", r.getPartiesList(), 2, v);
        keys("mediators", r.getMediatorsList(), 0, v);
        var agreed = CommonMapper.window("agreed", r.hasAgreed(), r.getAgreed(), v);
        Instant from = r.hasEffectiveFrom() ? v.instant("effective_from", r.getEffectiveFrom()) : null;
        Instant until = r.hasEffectiveUntil() ? v.instant("effective_until", r.getEffectiveUntil()) : null;
        if (from != null && until != null && until.isBefore(from)) {
            v.add("effective_until", "must not precede effective_from");
        }
        v.text("terms", r.getTerms());
        var source = CommonMapper.source("source", r.hasSource(), r.getSource(), v);
        v.throwIfAny();
        List<String> parties = new java.util.ArrayList<>();
        for (int i = 0; i < r.getPartiesCount(); i++) {
            parties.add(registry.party("parties[" + i + "]", r.getParties(i)));
        }
        return new ReportCeasefire(ceasefireId, r.getConflictKey(), parties, r.getMediatorsList(), agreed,
                from, until, blankToNull(r.getTerms()), source);
    }

    static AllegeCeasefireViolation toCommand(AllegeCeasefireViolationRequest r, Registry registry) {
        Violations v = new Violations();
        requireId("ceasefire_id", r.getCeasefireId(), v);
        requireId("violation_id", r.getViolationId(), v);
        v.required("alleged_by", r.getAllegedBy());
        v.required("against", r.getAgainst());
        var occurred = CommonMapper.window("occurred", r.hasOccurred(), r.getOccurred(), v);
        ids("strike_ids", r.getStrikeIdsList(), v);
        ids("claim_ids", r.getClaimIdsList(), v);
        v.text("description", r.getDescription());
        var source = CommonMapper.source("source", r.hasSource(), r.getSource(), v);
        v.throwIfAny();
        String against = registry.party("against", r.getAgainst());
        return new AllegeCeasefireViolation(r.getCeasefireId(), r.getViolationId(), r.getAllegedBy(), against,
                occurred, r.getStrikeIdsList(), r.getClaimIdsList(), blankToNull(r.getDescription()), source);
    }

    static DeclareCeasefireCollapsed toCommand(DeclareCeasefireCollapsedRequest r) {
        Violations v = new Violations();
        requireId("ceasefire_id", r.getCeasefireId(), v);
        var at = CommonMapper.window("collapsed_at", r.hasCollapsedAt(), r.getCollapsedAt(), v);
        v.required("declared_by", r.getDeclaredBy());
        var source = CommonMapper.source("source", r.hasSource(), r.getSource(), v);
        v.throwIfAny();
        return new DeclareCeasefireCollapsed(r.getCeasefireId(), at, r.getDeclaredBy(), source);
    }

    static EndCeasefire toCommand(EndCeasefireRequest r) {
        Violations v = new Violations();
        requireId("ceasefire_id", r.getCeasefireId(), v);
        var at = CommonMapper.window("ended_at", r.hasEndedAt(), r.getEndedAt(), v);
        v.required("reason", r.getReason());
        var source = CommonMapper.source("source", r.hasSource(), r.getSource(), v);
        v.throwIfAny();
        return new EndCeasefire(r.getCeasefireId(), at, r.getReason(), source);
    }

    static RenewCeasefire toCommand(RenewCeasefireRequest r) {
        Violations v = new Violations();
        requireId("ceasefire_id", r.getCeasefireId(), v);
        TimeWindow at = CommonMapper.window("renewed_at", r.hasRenewedAt(), r.getRenewedAt(), v);
        Instant until = r.hasEffectiveUntil() ? v.instant("effective_until", r.getEffectiveUntil()) : null;
        if (at != null && until != null && at.sortKey() != null && until.isBefore(at.sortKey())) {
            v.add("effective_until", "must not precede renewed_at");
        }
        v.text("terms", r.getTerms());
        var source = CommonMapper.source("source", r.hasSource(), r.getSource(), v);
        v.throwIfAny();
        return new RenewCeasefire(r.getCeasefireId(), at, until, blankToNull(r.getTerms()), source);
    }

    /** A required entity id in the id format. */
    static void requireId(String field, String value, Violations v) {
        if (v.required(field, value)) {
            v.id(field, value);
        }
    }

    /** Party or organisation keys: at least {@code min}, each non-blank, none repeated. */
    static void keys(String field, List<String> values, int min, Violations v) {
        v.listSize(field, values.size(), min, Violations.MAX_LIST);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (v.required(field + "[" + i + "]", values.get(i)) && !seen.add(values.get(i))) {
                v.add(field + "[" + i + "]", "repeats '" + values.get(i) + "'");
            }
        }
    }

    /** Optional references to entities, each in the id format. */
    static void ids(String field, List<String> values, Violations v) {
        v.listSize(field, values.size(), 0, Violations.MAX_LIST);
        for (int i = 0; i < values.size(); i++) {
            requireId(field + "[" + i + "]", values.get(i), v);
        }
    }
}
