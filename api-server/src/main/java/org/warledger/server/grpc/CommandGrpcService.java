package org.warledger.server.grpc;

import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import org.warledger.proto.v1.CommandServiceGrpc;
import org.warledger.proto.v1.CorrectStrikeLocationRequest;
import org.warledger.proto.v1.CorrectStrikeTimeRequest;
import org.warledger.proto.v1.RecordStrikeOutcomeRequest;
import org.warledger.proto.v1.RecordStrikeRequest;
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

    static <T> void reply(StreamObserver<T> observer, T value) {
        observer.onNext(value);
        observer.onCompleted();
    }
}
