package org.warledger.server.grpc;

import static org.warledger.server.grpc.CommonMapper.blankToNull;

import org.warledger.domain.operation.OperationCommands.EndOperation;
import org.warledger.domain.operation.OperationCommands.LaunchOperation;
import org.warledger.domain.operation.OperationCommands.LinkStrikeToOperation;
import org.warledger.projections.operation.OperationQuery;
import org.warledger.proto.v1.EndOperationRequest;
import org.warledger.proto.v1.LaunchOperationRequest;
import org.warledger.proto.v1.LinkStrikeToOperationRequest;
import org.warledger.proto.v1.Operation;
import org.warledger.server.registry.Registry;

/** Operation requests to commands (validating every field) and the operation view to a message. */
final class OperationMapper {

    private OperationMapper() {
    }

    static LaunchOperation toCommand(LaunchOperationRequest r, String operationId, Registry registry) {
        Violations v = new Violations();
        v.id("operation_id", r.getOperationId());
        v.conflictKey("conflict_key", r.getConflictKey());
        v.required("name", r.getName());
        v.required("party", r.getParty());
        var started = CommonMapper.window("started", r.hasStarted(), r.getStarted(), v);
        v.text("description", r.getDescription());
        var source = CommonMapper.source("source", r.hasSource(), r.getSource(), v);
        v.throwIfAny();
        String party = registry.party("party", r.getParty());
        return new LaunchOperation(operationId, r.getConflictKey(), r.getName().strip(), party, started,
                blankToNull(r.getDescription()), source);
    }

    static EndOperation toCommand(EndOperationRequest r) {
        Violations v = new Violations();
        CeasefireMapper.requireId("operation_id", r.getOperationId(), v);
        var ended = CommonMapper.window("ended", r.hasEnded(), r.getEnded(), v);
        var source = CommonMapper.source("source", r.hasSource(), r.getSource(), v);
        v.throwIfAny();
        return new EndOperation(r.getOperationId(), ended, source);
    }

    static LinkStrikeToOperation toCommand(LinkStrikeToOperationRequest r) {
        Violations v = new Violations();
        CeasefireMapper.requireId("operation_id", r.getOperationId(), v);
        CeasefireMapper.requireId("strike_id", r.getStrikeId(), v);
        v.throwIfAny();
        return new LinkStrikeToOperation(r.getOperationId(), r.getStrikeId());
    }

    static Operation toProto(OperationQuery.Result result) {
        var o = result.operation();
        var b = Operation.newBuilder().setOperationId(o.operationId()).setConflictKey(o.conflictKey())
                .setName(o.name()).setParty(o.party()).setStarted(CommonMapper.toProto(o.started()))
                .setDescription(CommonMapper.nullToEmpty(o.description())).setSource(CommonMapper.toProto(o.source()))
                .addAllUnknownStrikeIds(result.unknownStrikeIds()).setRecordedAt(CommonMapper.ts(o.recordedAt()));
        if (o.ended() != null) {
            b.setEnded(CommonMapper.toProto(o.ended()));
        }
        result.strikes().forEach(s -> b.addStrikes(StrikeMapper.toProto(s)));
        return b.build();
    }
}
