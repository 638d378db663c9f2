package org.warledger.server.audit;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.warledger.chain.ChainVerifier;
import org.warledger.chain.ChainedEvent;
import org.warledger.proto.v1.AuditEvent;
import org.warledger.proto.v1.AuditServiceGrpc;
import org.warledger.proto.v1.ExportEventsRequest;
import org.warledger.proto.v1.GetEntityHistoryRequest;
import org.warledger.proto.v1.GetEntityHistoryResponse;
import org.warledger.proto.v1.StreamEventsRequest;
import org.warledger.proto.v1.VerifyChainRequest;
import org.warledger.proto.v1.VerifyChainResponse;
import org.warledger.server.grpc.NotFoundException;
import org.warledger.server.grpc.Violations;

/** Auditors' read access to the event log itself: replay, entity history, verification, export. */
@GrpcService
public class AuditGrpcService extends AuditServiceGrpc.AuditServiceImplBase {

    private static final int VERIFY_PAGE = 1000;

    private final EventLog log;
    private final LiveFeed feed;

    public AuditGrpcService(EventLog log, LiveFeed feed) {
        this.log = log;
        this.feed = feed;
    }

    @Override
    public void streamEvents(StreamEventsRequest request, StreamObserver<AuditEvent> response) {
        Violations v = new Violations();
        if (request.getAfterPosition() < 0) {
            v.add("after_position", "must not be negative");
        }
        v.length("entity_id", request.getEntityId(), Violations.MAX_NAME);
        v.listSize("event_types", request.getEventTypesCount(), 0, Violations.MAX_LIST);
        Set<String> types = new LinkedHashSet<>();
        for (int i = 0; i < request.getEventTypesCount(); i++) {
            if (v.required("event_types[" + i + "]", request.getEventTypes(i))) {
                types.add(request.getEventTypes(i).strip());
            }
        }
        if (!request.getConflictKey().isEmpty()) {
            v.conflictKey("conflict_key", request.getConflictKey());
        }
        v.throwIfAny();
        EventFilter filter = new EventFilter(blankToNull(request.getEntityId()), types,
                blankToNull(request.getConflictKey()));
        feed.stream((ServerCallStreamObserver<AuditEvent>) response, filter, request.getAfterPosition(),
                request.getFollow());
    }

    @Override
    public void exportEvents(ExportEventsRequest request, StreamObserver<AuditEvent> response) {
        Violations v = new Violations();
        if (request.getAfterPosition() < 0) {
            v.add("after_position", "must not be negative");
        }
        v.throwIfAny();
        feed.stream((ServerCallStreamObserver<AuditEvent>) response, EventFilter.ALL, request.getAfterPosition(),
                false);
    }

    @Override
    @Blocking
    public void getEntityHistory(GetEntityHistoryRequest request, StreamObserver<GetEntityHistoryResponse> response) {
        Violations v = new Violations();
        v.required("entity_id", request.getEntityId());
        v.throwIfAny();
        List<ChainedEvent> events = log.history(request.getEntityId());
        if (events.isEmpty()) {
            throw new NotFoundException("entity_id", "no events for entity '" + request.getEntityId() + "'");
        }
        GetEntityHistoryResponse.Builder out = GetEntityHistoryResponse.newBuilder();
        events.forEach(e -> out.addEvents(AuditMapper.toProto(e)));
        response.onNext(out.build());
        response.onCompleted();
    }

    @Override
    @Blocking
    public void verifyChain(VerifyChainRequest request, StreamObserver<VerifyChainResponse> response) {
        ChainVerifier verifier = new ChainVerifier();
        log.walk(VERIFY_PAGE, verifier::accept);
        response.onNext(AuditMapper.toProto(verifier.result()));
        response.onCompleted();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
