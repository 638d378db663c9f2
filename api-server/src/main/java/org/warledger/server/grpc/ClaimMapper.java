package org.warledger.server.grpc;

import static org.warledger.server.grpc.CommonMapper.blankToNull;
import static org.warledger.server.grpc.CommonMapper.nullToEmpty;

import java.time.Instant;
import java.util.List;
import org.warledger.domain.claim.Channel;
import org.warledger.domain.claim.ClaimCommands.AssertClaim;
import org.warledger.domain.claim.ClaimCommands.AssessClaim;
import org.warledger.domain.claim.ClaimCommands.RetractClaim;
import org.warledger.domain.claim.ClaimCommands.ReviseClaim;
import org.warledger.domain.claim.ClaimScope;
import org.warledger.domain.claim.Grade;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.Quantity;
import org.warledger.domain.common.TimeWindow;
import org.warledger.projections.claim.ClaimView;
import org.warledger.projections.claim.QuantityText;
import org.warledger.proto.v1.AssertClaimRequest;
import org.warledger.proto.v1.AssessClaimRequest;
import org.warledger.proto.v1.Claim;
import org.warledger.proto.v1.RetractClaimRequest;
import org.warledger.proto.v1.ReviseClaimRequest;
import org.warledger.server.registry.Registry;

/**
 * Claim requests to commands: every field is validated first (INVALID_ARGUMENT), then the
 * claimant, party, strikes and claim are resolved (NOT_FOUND naming the field).
 */
final class ClaimMapper {

    private ClaimMapper() {
    }

    static AssertClaim toCommand(AssertClaimRequest r, String claimId, Registry registry) {
        Violations v = new Violations();
        v.id("claim_id", r.getClaimId());
        v.conflictKey("conflict_key", r.getConflictKey());
        v.required("claimant", r.getClaimant());
        v.required("subject_party", r.getSubjectParty());
        Instant statedAt = required("stated_at", r.hasStatedAt(), r.getStatedAt(), v);
        Channel channel = EnumNames.of(Channel.class, "CHANNEL_", r.getChannel().name(), r.getChannelValue());
        if (channel == null) {
            v.add("channel", "must be a known channel");
        }
        ClaimCategory category = category(r.getCategory(), r.getCategoryValue());
        if (category == null) {
            v.add("category", "must be a known category");
        }
        v.length("citation", r.getCitation(), 2_000);
        v.text("original_words", r.getOriginalWords());
        TimeWindow window = CommonMapper.window("scope.window", r.getScope().hasWindow(), r.getScope().getWindow(), v);
        List<String> strikes = r.getScope().getStrikeIdsList();
        v.listSize("scope.strike_ids", strikes.size(), 0, Violations.MAX_LIST);
        for (int i = 0; i < strikes.size(); i++) {
            if (v.required("scope.strike_ids[" + i + "]", strikes.get(i))) {
                v.id("scope.strike_ids[" + i + "]", strikes.get(i));
            }
        }
        v.length("scope.operation", r.getScope().getOperation(), Violations.MAX_NAME);
        Quantity quantity = QuantityMapper.toDomain("quantity", r.hasQuantity(), r.getQuantity(), v);
        v.throwIfAny();
        String claimant = registry.claimant("claimant", r.getClaimant());
        String party = registry.party("subject_party", r.getSubjectParty());
        for (int i = 0; i < strikes.size(); i++) {
            registry.require("scope.strike_ids[" + i + "]", strikes.get(i), "Strike");
        }
        ClaimScope scope = new ClaimScope(window, strikes.stream().distinct().toList(),
                blankToNull(r.getScope().getOperation()));
        return new AssertClaim(claimId, r.getConflictKey(), claimant, statedAt, channel, blankToNull(r.getCitation()),
                blankToNull(r.getOriginalWords()), scope, party, category, quantity);
    }

    static RetractClaim toCommand(RetractClaimRequest r, Registry registry) {
        Violations v = new Violations();
        claimId(r.getClaimId(), v);
        v.required("reason", r.getReason());
        Instant at = required("retracted_at", r.hasRetractedAt(), r.getRetractedAt(), v);
        v.throwIfAny();
        registry.require("claim_id", r.getClaimId(), "Claim");
        return new RetractClaim(r.getClaimId(), r.getReason(), at);
    }

    static ReviseClaim toCommand(ReviseClaimRequest r, Registry registry) {
        Violations v = new Violations();
        claimId(r.getClaimId(), v);
        Quantity quantity = QuantityMapper.toDomain("quantity", r.hasQuantity(), r.getQuantity(), v);
        Instant at = required("revised_at", r.hasRevisedAt(), r.getRevisedAt(), v);
        v.length("citation", r.getCitation(), 2_000);
        v.text("original_words", r.getOriginalWords());
        v.text("note", r.getNote());
        v.throwIfAny();
        registry.require("claim_id", r.getClaimId(), "Claim");
        return new ReviseClaim(r.getClaimId(), quantity, at, blankToNull(r.getCitation()),
                blankToNull(r.getOriginalWords()), blankToNull(r.getNote()));
    }

    static AssessClaim toCommand(AssessClaimRequest r, Registry registry) {
        Violations v = new Violations();
        claimId(r.getClaimId(), v);
        Grade grade = EnumNames.of(Grade.class, "GRADE_", r.getGrade().name(), r.getGradeValue());
        if (grade == null) {
            v.add("grade", "must be UNVERIFIED, CORROBORATED, VERIFIED, DISPUTED or DISCOUNTED");
        }
        v.required("analyst", r.getAnalyst());
        v.text("note", r.getNote());
        Instant at = required("assessed_at", r.hasAssessedAt(), r.getAssessedAt(), v);
        v.throwIfAny();
        registry.require("claim_id", r.getClaimId(), "Claim");
        return new AssessClaim(r.getClaimId(), grade, r.getAnalyst(), blankToNull(r.getNote()), at);
    }

    static ClaimCategory category(org.warledger.proto.v1.ClaimCategory c, int number) {
        return EnumNames.of(ClaimCategory.class, "CLAIM_CATEGORY_", c.name(), number);
    }

    static Claim toProto(ClaimView c) {
        var scope = org.warledger.proto.v1.ClaimScope.newBuilder().setWindow(CommonMapper.toProto(c.scope().window()))
                .addAllStrikeIds(c.scope().strikeIds()).setOperation(nullToEmpty(c.scope().operation()));
        var b = Claim.newBuilder().setClaimId(c.claimId()).setConflictKey(c.conflictKey()).setClaimant(c.claimantKey())
                .setStatedAt(CommonMapper.ts(c.statedAt()))
                .setChannel(org.warledger.proto.v1.Channel.valueOf("CHANNEL_" + c.channel().name()))
                .setCitation(nullToEmpty(c.citation())).setOriginalWords(nullToEmpty(c.originalWords()))
                .setScope(scope).setSubjectParty(c.subjectParty())
                .setCategory(org.warledger.proto.v1.ClaimCategory.valueOf("CLAIM_CATEGORY_" + c.category().name()))
                .setQuantity(QuantityMapper.toProto(c.quantity())).setDisplay(QuantityText.display(c.quantity()))
                .setRevisions(c.revisions()).setGrade(grade(c.grade())).setRetracted(c.retracted())
                .setRetractionReason(nullToEmpty(c.retractionReason())).setRecordedAt(CommonMapper.ts(c.recordedAt()));
        return b.build();
    }

    static org.warledger.proto.v1.Grade grade(Grade g) {
        return org.warledger.proto.v1.Grade.valueOf("GRADE_" + g.name());
    }

    private static void claimId(String id, Violations v) {
        if (v.required("claim_id", id)) {
            v.id("claim_id", id);
        }
    }

    private static Instant required(String field, boolean present, com.google.protobuf.Timestamp ts, Violations v) {
        if (!present) {
            v.add(field, "is required");
            return null;
        }
        return v.instant(field, ts);
    }
}
