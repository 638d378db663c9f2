package org.warledger.server.grpc;

import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import org.warledger.proto.v1.AddClaimantAliasRequest;
import org.warledger.proto.v1.AllegeCeasefireViolationRequest;
import org.warledger.proto.v1.AddPartyAliasRequest;
import org.warledger.proto.v1.AssertClaimRequest;
import org.warledger.proto.v1.AssessClaimRequest;
import org.warledger.proto.v1.CommandServiceGrpc;
import org.warledger.proto.v1.CorrectStrikeLocationRequest;
import org.warledger.proto.v1.CorrectStrikeTimeRequest;
import org.warledger.proto.v1.DeclareCeasefireCollapsedRequest;
import org.warledger.proto.v1.EndCeasefireRequest;
import org.warledger.proto.v1.EndOperationRequest;
import org.warledger.proto.v1.LaunchOperationRequest;
import org.warledger.proto.v1.LinkStrikeToOperationRequest;
import org.warledger.proto.v1.RecordStatementRequest;
import org.warledger.proto.v1.RecordStrikeOutcomeRequest;
import org.warledger.proto.v1.RecordStrikeRequest;
import org.warledger.proto.v1.RegisterClaimantRequest;
import org.warledger.proto.v1.RegisterPartyRequest;
import org.warledger.proto.v1.RenameClaimantRequest;
import org.warledger.proto.v1.RenamePartyRequest;
import org.warledger.proto.v1.RenewCeasefireRequest;
import org.warledger.proto.v1.ReportCeasefireRequest;
import org.warledger.proto.v1.RetractClaimRequest;
import org.warledger.proto.v1.ReviseClaimRequest;
import org.warledger.proto.v1.WriteResult;
import org.warledger.server.registry.Registry;

/** The write side of the API: each call maps its request to a command and sends it. */
@GrpcService
@Blocking
public class CommandGrpcService extends CommandServiceGrpc.CommandServiceImplBase {

    private final CommandExecutor executor;
    private final Registry registry;

    public CommandGrpcService(CommandExecutor executor, Registry registry) {
        this.executor = executor;
        this.registry = registry;
    }

    @Override
    public void recordStrike(RecordStrikeRequest request, StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request, requestId -> {
            String strikeId = request.getStrikeId().isBlank()
                    ? CommandExecutor.derivedId("strike", requestId) : request.getStrikeId();
            return new CommandExecutor.Prepared(strikeId, StrikeMapper.toCommand(request, strikeId, registry));
        }));
    }

    @Override
    public void correctStrikeLocation(CorrectStrikeLocationRequest request, StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request,
                id -> new CommandExecutor.Prepared(request.getStrikeId(), StrikeMapper.toCommand(request))));
    }

    @Override
    public void correctStrikeTime(CorrectStrikeTimeRequest request, StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request,
                id -> new CommandExecutor.Prepared(request.getStrikeId(), StrikeMapper.toCommand(request))));
    }

    @Override
    public void recordStrikeOutcome(RecordStrikeOutcomeRequest request, StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request,
                id -> new CommandExecutor.Prepared(request.getStrikeId(), StrikeMapper.toCommand(request))));
    }

    @Override
    public void registerParty(RegisterPartyRequest request, StreamObserver<WriteResult> response) {
        write(response, request.getContext(), request, request.getKey(), () -> RegistryMapper.toCommand(request));
    }

    @Override
    public void renameParty(RenamePartyRequest request, StreamObserver<WriteResult> response) {
        write(response, request.getContext(), request, request.getKey(),
                () -> RegistryMapper.toCommand(request, registry));
    }

    @Override
    public void addPartyAlias(AddPartyAliasRequest request, StreamObserver<WriteResult> response) {
        write(response, request.getContext(), request, request.getKey(),
                () -> RegistryMapper.toCommand(request, registry));
    }

    @Override
    public void registerClaimant(RegisterClaimantRequest request, StreamObserver<WriteResult> response) {
        write(response, request.getContext(), request, request.getKey(),
                () -> RegistryMapper.toCommand(request, registry));
    }

    @Override
    public void renameClaimant(RenameClaimantRequest request, StreamObserver<WriteResult> response) {
        write(response, request.getContext(), request, request.getKey(),
                () -> RegistryMapper.toCommand(request, registry));
    }

    @Override
    public void addClaimantAlias(AddClaimantAliasRequest request, StreamObserver<WriteResult> response) {
        write(response, request.getContext(), request, request.getKey(),
                () -> RegistryMapper.toCommand(request, registry));
    }

    @Override
    public void assertClaim(AssertClaimRequest request, StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request, requestId -> {
            String claimId = request.getClaimId().isBlank()
                    ? CommandExecutor.derivedId("claim", requestId) : request.getClaimId();
            return new CommandExecutor.Prepared(claimId, ClaimMapper.toCommand(request, claimId, registry));
        }));
    }

    @Override
    public void retractClaim(RetractClaimRequest request, StreamObserver<WriteResult> response) {
        write(response, request.getContext(), request, request.getClaimId(),
                () -> ClaimMapper.toCommand(request, registry));
    }

    @Override
    public void reviseClaim(ReviseClaimRequest request, StreamObserver<WriteResult> response) {
        write(response, request.getContext(), request, request.getClaimId(),
                () -> ClaimMapper.toCommand(request, registry));
    }

    @Override
    public void assessClaim(AssessClaimRequest request, StreamObserver<WriteResult> response) {
        write(response, request.getContext(), request, request.getClaimId(),
                () -> ClaimMapper.toCommand(request, registry));
    }

    @Override
    public void reportCeasefire(ReportCeasefireRequest request, StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request, requestId -> {
            String id = request.getCeasefireId().isBlank()
                    ? CommandExecutor.derivedId("ceasefire", requestId) : request.getCeasefireId();
            return new CommandExecutor.Prepared(id, CeasefireMapper.toCommand(request, id, registry));
        }));
    }

    @Override
    public void allegeCeasefireViolation(AllegeCeasefireViolationRequest request, StreamObserver<WriteResult> response) {
        write(response, request.getContext(), request, request.getCeasefireId(),
                () -> CeasefireMapper.toCommand(request, registry));
    }

    @Override
    public void declareCeasefireCollapsed(DeclareCeasefireCollapsedRequest request,
                                          StreamObserver<WriteResult> response) {
        write(response, request.getContext(), request, request.getCeasefireId(), () -> CeasefireMapper.toCommand(request));
    }

    @Override
    public void endCeasefire(EndCeasefireRequest request, StreamObserver<WriteResult> response) {
        write(response, request.getContext(), request, request.getCeasefireId(), () -> CeasefireMapper.toCommand(request));
    }

    @Override
    public void renewCeasefire(RenewCeasefireRequest request, StreamObserver<WriteResult> response) {
        write(response, request.getContext(), request, request.getCeasefireId(), () -> CeasefireMapper.toCommand(request));
    }

    @Override
    public void recordStatement(RecordStatementRequest request, StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request, requestId -> {
            String id = request.getStatementId().isBlank()
                    ? CommandExecutor.derivedId("statement", requestId) : request.getStatementId();
            return new CommandExecutor.Prepared(id, StatementMapper.toCommand(request, id));
        }));
    }

    @Override
    public void launchOperation(LaunchOperationRequest request, StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request, requestId -> {
            String id = request.getOperationId().isBlank()
                    ? CommandExecutor.derivedId("operation", requestId) : request.getOperationId();
            return new CommandExecutor.Prepared(id, OperationMapper.toCommand(request, id, registry));
        }));
    }

    @Override
    public void endOperation(EndOperationRequest request, StreamObserver<WriteResult> response) {
        write(response, request.getContext(), request, request.getOperationId(), () -> OperationMapper.toCommand(request));
    }

    @Override
    public void linkStrikeToOperation(LinkStrikeToOperationRequest request, StreamObserver<WriteResult> response) {
        write(response, request.getContext(), request, request.getOperationId(), () -> OperationMapper.toCommand(request));
    }

    /** A write to an entity the request names: map (validating and resolving), then execute. */
    private void write(StreamObserver<WriteResult> response, org.warledger.proto.v1.RequestContext context,
                       com.google.protobuf.Message request, String entityId,
                       java.util.function.Supplier<Object> command) {
        reply(response, executor.execute(context, request,
                id -> new CommandExecutor.Prepared(entityId, command.get())));
    }

    static <T> void reply(StreamObserver<T> observer, T value) {
        observer.onNext(value);
        observer.onCompleted();
    }
}
