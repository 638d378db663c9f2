package org.warledger.server.admin;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import org.warledger.proto.v1.AdminServiceGrpc;
import org.warledger.proto.v1.RebuildProgress;
import org.warledger.proto.v1.RebuildProjectionRequest;

/** Operator actions on the read models. */
@GrpcService
public class AdminGrpcService extends AdminServiceGrpc.AdminServiceImplBase {

    private static final long PROGRESS_EVERY_MILLIS = 200;

    private final ProjectionRebuilder rebuilder;

    public AdminGrpcService(ProjectionRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @Override
    @Blocking
    public void rebuildProjection(RebuildProjectionRequest request, StreamObserver<RebuildProgress> response) {
        var call = (ServerCallStreamObserver<RebuildProgress>) response;
        try {
            for (String group : rebuilder.select(request.getProjection())) {
                rebuilder.rebuild(group, PROGRESS_EVERY_MILLIS, p -> {
                    if (call.isCancelled()) {
                        return false;
                    }
                    // progress is tiny and infrequent; a message the client is slow to read is simply queued
                    call.onNext(RebuildProgress.newBuilder().setProjection(p.projection())
                            .setProcessedPosition(p.processed()).setHeadPosition(p.head()).setDone(p.done()).build());
                    return true;
                });
            }
            if (!call.isCancelled()) {
                call.onCompleted();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        }
    }
}
