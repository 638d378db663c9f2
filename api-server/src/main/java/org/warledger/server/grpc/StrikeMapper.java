package org.warledger.server.grpc;

import static org.warledger.server.grpc.CommonMapper.blankToNull;

import java.util.ArrayList;
import java.util.List;
import org.warledger.domain.strike.StrikeCommands.CorrectStrikeLocation;
import org.warledger.domain.strike.StrikeCommands.CorrectStrikeTime;
import org.warledger.domain.strike.StrikeCommands.RecordStrike;
import org.warledger.domain.strike.StrikeCommands.RecordStrikeOutcome;
import org.warledger.domain.strike.StrikeMethod;
import org.warledger.domain.strike.StrikeOutcome;
import org.warledger.projections.strike.StrikeView;
import org.warledger.proto.v1.CorrectStrikeLocationRequest;
import org.warledger.proto.v1.CorrectStrikeTimeRequest;
import org.warledger.proto.v1.RecordStrikeOutcomeRequest;
import org.warledger.proto.v1.RecordStrikeRequest;
import org.warledger.proto.v1.Strike;
import org.warledger.server.registry.Registry;

/** Strike requests to commands (validating every field) and strike views to messages. */
final class StrikeMapper {

    private StrikeMapper() {
    }

    static RecordStrike toCommand(RecordStrikeRequest r, String strikeId, Registry registry) {
        Violations v = new Violations();
        v.id("strike_id", r.getStrikeId());
        v.conflictKey("conflict_key", r.getConflictKey());
        if (v.required("attacker", r.getAttacker())) {
            v.length("attacker", r.getAttacker(), Violations.MAX_PARTY);
        }
        v.listSize("methods", r.getMethodsCount(), 1, 10);
        List<StrikeMethod> methods = new ArrayList<>();
        for (int i = 0; i < r.getMethodsCount(); i++) {
            var m = r.getMethods(i);
            if (m == org.warledger.proto.v1.StrikeMethod.STRIKE_METHOD_UNSPECIFIED
                    || m == org.warledger.proto.v1.StrikeMethod.UNRECOGNIZED) {
                v.add("methods[" + i + "]", "is not a known strike method");
            } else {
                methods.add(StrikeMethod.valueOf(m.name().substring("STRIKE_METHOD_".length())));
            }
        }
        v.required("target_description", r.getTargetDescription());
        v.length("operation", r.getOperation(), Violations.MAX_NAME);
        var location = CommonMapper.location("location", r.hasLocation(), r.getLocation(), v);
        var occurred = CommonMapper.window("occurred", r.hasOccurred(), r.getOccurred(), v);
        var source = CommonMapper.source("source", r.hasSource(), r.getSource(), v);
        v.throwIfAny();
        String attacker = registry.party("attacker", r.getAttacker());
        return new RecordStrike(strikeId, r.getConflictKey(), attacker, methods.stream().distinct().toList(),
                r.getTargetDescription(), location, occurred, blankToNull(r.getOperation()), source);
    }

    static CorrectStrikeLocation toCommand(CorrectStrikeLocationRequest r) {
        Violations v = new Violations();
        requireStrikeId(r.getStrikeId(), v);
        v.required("reason", r.getReason());
        var location = CommonMapper.location("location", r.hasLocation(), r.getLocation(), v);
        var source = CommonMapper.source("source", r.hasSource(), r.getSource(), v);
        v.throwIfAny();
        return new CorrectStrikeLocation(r.getStrikeId(), location, r.getReason(), source);
    }

    static CorrectStrikeTime toCommand(CorrectStrikeTimeRequest r) {
        Violations v = new Violations();
        requireStrikeId(r.getStrikeId(), v);
        v.required("reason", r.getReason());
        var occurred = CommonMapper.window("occurred", r.hasOccurred(), r.getOccurred(), v);
        var source = CommonMapper.source("source", r.hasSource(), r.getSource(), v);
        v.throwIfAny();
        return new CorrectStrikeTime(r.getStrikeId(), occurred, r.getReason(), source);
    }

    static RecordStrikeOutcome toCommand(RecordStrikeOutcomeRequest r) {
        Violations v = new Violations();
        requireStrikeId(r.getStrikeId(), v);
        StrikeOutcome outcome = null;
        if (r.getOutcome() == org.warledger.proto.v1.StrikeOutcome.STRIKE_OUTCOME_UNSPECIFIED
                || r.getOutcome() == org.warledger.proto.v1.StrikeOutcome.UNRECOGNIZED) {
            v.add("outcome", "must be one of HIT, INTERCEPTED, DESTROYED, MISSED, REPELLED");
        } else {
            outcome = StrikeOutcome.valueOf(r.getOutcome().name().substring("STRIKE_OUTCOME_".length()));
        }
        v.text("description", r.getDescription());
        var source = CommonMapper.source("source", r.hasSource(), r.getSource(), v);
        v.throwIfAny();
        return new RecordStrikeOutcome(r.getStrikeId(), outcome, r.getDescription(), source);
    }

    static Strike toProto(StrikeView s) {
        var b = Strike.newBuilder().setStrikeId(s.strikeId()).setConflictKey(s.conflictKey())
                .setAttacker(s.attacker()).setTargetDescription(s.targetDescription())
                .setLocation(CommonMapper.toProto(s.location())).setOccurred(CommonMapper.toProto(s.occurred()))
                .setOperation(CommonMapper.nullToEmpty(s.operation())).setSource(CommonMapper.toProto(s.source()))
                .setCorrections(s.corrections()).setRecordedAt(CommonMapper.ts(s.recordedAt()));
        s.methods().forEach(m -> b.addMethods(org.warledger.proto.v1.StrikeMethod.valueOf("STRIKE_METHOD_" + m.name())));
        s.outcomes().forEach(o -> b.addOutcomes(org.warledger.proto.v1.StrikeOutcome.valueOf("STRIKE_OUTCOME_" + o.name())));
        return b.build();
    }

    private static void requireStrikeId(String strikeId, Violations v) {
        if (v.required("strike_id", strikeId)) {
            v.id("strike_id", strikeId);
        }
    }
}
