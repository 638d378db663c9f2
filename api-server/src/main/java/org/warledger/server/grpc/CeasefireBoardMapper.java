package org.warledger.server.grpc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireViolationAlleged;
import org.warledger.domain.ceasefire.CeasefireStatus.Status;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimeWindow;
import org.warledger.projections.ceasefire.CeasefireBoard;
import org.warledger.projections.ceasefire.CeasefireView;
import org.warledger.proto.v1.Ceasefire;
import org.warledger.proto.v1.CeasefireChange;
import org.warledger.proto.v1.CeasefireChangeKind;
import org.warledger.proto.v1.CeasefireStatus;
import org.warledger.proto.v1.CeasefireViolation;

/** Rows of the ceasefire board to messages; violations and changes in the order they happened. */
final class CeasefireBoardMapper {

    private CeasefireBoardMapper() {
    }

    static Ceasefire toProto(CeasefireBoard.Row row) {
        CeasefireView view = row.ceasefire();
        var r = view.reported();
        var b = Ceasefire.newBuilder().setCeasefireId(r.ceasefireId()).setConflictKey(r.conflictKey())
                .addAllParties(r.parties()).addAllMediators(r.mediators()).setAgreed(CommonMapper.toProto(r.agreed()))
                .setTerms(CommonMapper.nullToEmpty(r.terms())).setSource(CommonMapper.toProto(r.source()))
                .setStatus(status(row.statusNow())).setStatusAsOf(status(row.statusAsOf()))
                .setRecordedAt(CommonMapper.ts(view.recordedAt()));
        if (r.effectiveFrom() != null) {
            b.setEffectiveFrom(CommonMapper.ts(r.effectiveFrom()));
        }
        if (r.effectiveUntil() != null) {
            b.setEffectiveUntil(CommonMapper.ts(r.effectiveUntil()));
        }
        view.violations().stream().sorted(Comparator.comparing(e -> key(e.occurred())))
                .forEach(e -> b.addViolations(violation(e)));
        List<Dated> changes = new ArrayList<>();
        view.collapses().forEach(e -> changes.add(change(CeasefireChangeKind.CEASEFIRE_CHANGE_KIND_COLLAPSED,
                e.collapsedAt(), e.declaredBy(), null, null, e.source())));
        view.ends().forEach(e -> changes.add(change(CeasefireChangeKind.CEASEFIRE_CHANGE_KIND_ENDED, e.endedAt(),
                e.source().reportedBy(), e.reason(), null, e.source())));
        view.renewals().forEach(e -> changes.add(change(CeasefireChangeKind.CEASEFIRE_CHANGE_KIND_RENEWED,
                e.renewedAt(), e.source().reportedBy(), e.terms(), e.effectiveUntil(), e.source())));
        changes.stream().sorted(Comparator.comparing(Dated::at)).forEach(d -> b.addChanges(d.change()));
        return b.build();
    }

    static CeasefireStatus status(Status s) {
        return CeasefireStatus.valueOf("CEASEFIRE_STATUS_" + s.name());
    }

    private static CeasefireViolation violation(CeasefireViolationAlleged e) {
        return CeasefireViolation.newBuilder().setViolationId(e.violationId()).setAllegedBy(e.allegedBy())
                .setAgainst(e.against()).setOccurred(CommonMapper.toProto(e.occurred())).addAllStrikeIds(e.strikeIds())
                .addAllClaimIds(e.claimIds()).setDescription(CommonMapper.nullToEmpty(e.description()))
                .setSource(CommonMapper.toProto(e.source())).build();
    }

    /** A change with the instant it is ordered by. */
    private record Dated(Instant at, CeasefireChange change) {
    }

    private static Dated change(CeasefireChangeKind kind, TimeWindow at, String by, String detail, Instant until,
                                SourceRef source) {
        var b = CeasefireChange.newBuilder().setKind(kind).setAt(CommonMapper.toProto(at))
                .setBy(CommonMapper.nullToEmpty(by)).setDetail(CommonMapper.nullToEmpty(detail))
                .setSource(CommonMapper.toProto(source));
        if (until != null) {
            b.setEffectiveUntil(CommonMapper.ts(until));
        }
        return new Dated(key(at), b.build());
    }

    /** Where a window sits in time; one of entirely unknown time counts as earliest, as in CeasefireStatus. */
    private static Instant key(TimeWindow w) {
        return w.sortKey() != null ? w.sortKey() : Instant.MIN;
    }
}
