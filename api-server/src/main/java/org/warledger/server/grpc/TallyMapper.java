package org.warledger.server.grpc;

import java.util.Map;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.TimeWindow;
import org.warledger.projections.tally.ClaimantFigure;
import org.warledger.projections.tally.Grade;
import org.warledger.projections.tally.Range;
import org.warledger.projections.tally.TallyOptions;
import org.warledger.projections.tally.TallyRow;
import org.warledger.proto.v1.GetTallyRequest;
import org.warledger.proto.v1.GradeCount;
import org.warledger.proto.v1.TallyRange;
import org.warledger.server.registry.Registry;

/** Tally requests to options, rows to messages. */
final class TallyMapper {

    private TallyMapper() {
    }

    static TallyOptions toOptions(GetTallyRequest r, Registry registry) {
        Violations v = new Violations();
        v.conflictKey("conflict_key", r.getConflictKey());
        TimeWindow window = r.hasWindow() ? CommonMapper.window("window", true, r.getWindow(), v) : null;
        v.id("strike_id", r.getStrikeId());
        v.length("party", r.getParty(), Violations.MAX_NAME);
        ClaimCategory category = null;
        if (r.getCategoryValue() != 0) {
            category = ClaimMapper.category(r.getCategory(), r.getCategoryValue());
            if (category == null) {
                v.add("category", "must be a known category");
            }
        }
        if (r.hasAsRecordedAt()) {
            v.instant("as_recorded_at", r.getAsRecordedAt());
        }
        v.throwIfAny();
        String party = r.getParty().isBlank() ? null : registry.party("party", r.getParty());
        TallyOptions options = new TallyOptions(window, CommonMapper.blankToNull(r.getStrikeId()), party, category,
                false);
        return r.getVerifiedOnly() ? options.onlyVerified() : options;
    }

    static org.warledger.proto.v1.TallyRow toProto(TallyRow row) {
        var b = org.warledger.proto.v1.TallyRow.newBuilder().setParty(row.party())
                .setCategory(org.warledger.proto.v1.ClaimCategory.valueOf("CLAIM_CATEGORY_" + row.category().name()))
                .setRange(toProto(row.range())).setContested(row.contested()).setClaimCount(row.claimCount());
        row.byClaimant().forEach(f -> b.addByClaimant(toProto(f)));
        if (row.conservative() != null) {
            b.setConservative(row.conservative());
        }
        if (row.bestLow() != null) {
            b.setBestLow(row.bestLow());
        }
        if (row.bestHigh() != null) {
            b.setBestHigh(row.bestHigh());
        }
        grades(row.grades()).forEach(b::addGrades);
        return b.build();
    }

    private static org.warledger.proto.v1.ClaimantFigure toProto(ClaimantFigure f) {
        var b = org.warledger.proto.v1.ClaimantFigure.newBuilder().setClaimant(f.claimantKey())
                .setOpenEnded(f.openEnded()).setUnknown(f.unknown()).setDisplay(f.display())
                .setClaimCount(f.claimCount()).setCredible(f.credible());
        if (f.lower() != null) {
            b.setLower(f.lower());
        }
        if (f.upper() != null) {
            b.setUpper(f.upper());
        }
        if (f.best() != null) {
            b.setBest(f.best());
        }
        grades(f.grades()).forEach(b::addGrades);
        return b.build();
    }

    private static TallyRange toProto(Range r) {
        var b = TallyRange.newBuilder().setOpenEnded(r.openEnded()).setUnknown(r.unknown()).setDisplay(r.display());
        if (r.lower() != null) {
            b.setLower(r.lower());
        }
        if (r.upper() != null) {
            b.setUpper(r.upper());
        }
        return b.build();
    }

    private static java.util.List<GradeCount> grades(Map<Grade, Integer> grades) {
        return grades.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> GradeCount.newBuilder().setGrade(org.warledger.proto.v1.Grade.valueOf("GRADE_" + e.getKey().name()))
                        .setCount(e.getValue()).build())
                .toList();
    }
}
