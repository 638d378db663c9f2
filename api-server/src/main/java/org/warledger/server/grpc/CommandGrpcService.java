package org.warledger.server.grpc;

import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import org.warledger.proto.v1.CommandServiceGrpc;
import org.warledger.proto.v1.AllegeCeasefireViolationRequest;
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
import org.warledger.proto.v1.RenewCeasefireRequest;
import org.warledger.proto.v1.ReportCeasefireRequest;
import org.warledger.proto.v1.WriteResult;

/** The write side of the API: each call maps its request to a command and sends it. */
@GrpcService
@Blocking
public class CommandGrpcService extends CommandServiceGrpc.CommandServiceImplBase {

    private final CommandExecutor executor;

    public CommandGrpcService(CommandExecutor executor) {
        this.executor = executor;
    }

    @Override
    public void recordStrike(RecordStrikeRequest request, StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request, requestId -> {
            String strikeId = request.getStrikeId().isBlank()
                    ? CommandExecutor.derivedId("strike", requestId) : request.getStrikeId();
            return new CommandExecutor.Prepared(strikeId, StrikeMapper.toCommand(request, strikeId));
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
    public void reportCeasefire(ReportCeasefireRequest request, StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request, requestId -> {
            String id = request.getCeasefireId().isBlank()
                    ? CommandExecutor.derivedId("ceasefire", requestId) : request.getCeasefireId();
            return new CommandExecutor.Prepared(id, CeasefireMapper.toCommand(request, id));
        }));
    }

    @Override
    public void allegeCeasefireViolation(AllegeCeasefireViolationRequest request, StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request,
                id -> new CommandExecutor.Prepared(request.getCeasefireId(), CeasefireMapper.toCommand(request))));
    }

    @Override
    public void declareCeasefireCollapsed(DeclareCeasefireCollapsedRequest request,
                                          StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request,
                id -> new CommandExecutor.Prepared(request.getCeasefireId(), CeasefireMapper.toCommand(request))));
    }

    @Override
    public void endCeasefire(EndCeasefireRequest request, StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request,
                id -> new CommandExecutor.Prepared(request.getCeasefireId(), CeasefireMapper.toCommand(request))));
    }

    @Override
    public void renewCeasefire(RenewCeasefireRequest request, StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request,
                id -> new CommandExecutor.Prepared(request.getCeasefireId(), CeasefireMapper.toCommand(request))));
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
            return new CommandExecutor.Prepared(id, OperationMapper.toCommand(request, id));
        }));
    }

    @Override
    public void endOperation(EndOperationRequest request, StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request,
                id -> new CommandExecutor.Prepared(request.getOperationId(), OperationMapper.toCommand(request))));
    }

    @Override
    public void linkStrikeToOperation(LinkStrikeToOperationRequest request, StreamObserver<WriteResult> response) {
        reply(response, executor.execute(request.getContext(), request,
                id -> new CommandExecutor.Prepared(request.getOperationId(), OperationMapper.toCommand(request))));
    }

    static <T> void reply(StreamObserver<T> observer, T value) {
        observer.onNext(value);
        observer.onCompleted();
    }
}
