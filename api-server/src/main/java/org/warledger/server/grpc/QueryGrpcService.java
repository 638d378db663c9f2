package org.warledger.server.grpc;

import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import java.time.Clock;
import java.time.Instant;
import org.warledger.projections.ReadModels;
import org.warledger.projections.strike.StrikeView;
import org.warledger.projections.timeline.TimelinePage;
import org.warledger.proto.v1.GetOperationRequest;
import org.warledger.proto.v1.GetStrikeRequest;
import org.warledger.proto.v1.ListCeasefiresRequest;
import org.warledger.proto.v1.ListCeasefiresResponse;
import org.warledger.proto.v1.ListStatementsRequest;
import org.warledger.proto.v1.ListStatementsResponse;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.ListTimelineResponse;
import org.warledger.proto.v1.Operation;
import org.warledger.proto.v1.QueryServiceGrpc;
import org.warledger.proto.v1.Strike;

/** The read side of the API: thin mapping onto the read models. */
@GrpcService
@Blocking
public class QueryGrpcService extends QueryServiceGrpc.QueryServiceImplBase {

    private final ReadModels readModels;
    private final Clock clock = Clock.systemUTC();

    public QueryGrpcService(ReadModels readModels) {
        this.readModels = readModels;
    }

    @Override
    public void listTimeline(ListTimelineRequest request, StreamObserver<ListTimelineResponse> response) {
        var filter = TimelineMapper.toFilter(request);
        int size = TimelineMapper.pageSize(request.getPageSize(), new Violations());
        TimelinePage page = readModels.timeline().list(filter, size, request.getPageToken());
        var out = ListTimelineResponse.newBuilder().setNextPageToken(page.nextPageToken());
        page.entries().forEach(e -> out.addEntries(TimelineMapper.toProto(e)));
        CommandGrpcService.reply(response, out.build());
    }

    @Override
    public void getStrike(GetStrikeRequest request, StreamObserver<Strike> response) {
        Violations v = new Violations();
        v.required("strike_id", request.getStrikeId());
        v.throwIfAny();
        StrikeView view = readModels.strikes().find(request.getStrikeId());
        if (view == null) {
            throw new NotFoundException("strike_id", "no strike with id '" + request.getStrikeId() + "'");
        }
        CommandGrpcService.reply(response, StrikeMapper.toProto(view));
    }

    @Override
    public void listCeasefires(ListCeasefiresRequest request, StreamObserver<ListCeasefiresResponse> response) {
        Violations v = new Violations();
        int size = Pages.check(request.getConflictKey(), request.getPageSize(), request.getPageToken(), v);
        Instant now = clock.instant();
        Instant asOf = request.hasAsOf() ? v.instant("as_of", request.getAsOf()) : now;
        v.throwIfAny();
        var page = readModels.ceasefires().list(request.getConflictKey(), now, asOf, size, request.getPageToken());
        var out = ListCeasefiresResponse.newBuilder().setNextPageToken(page.nextPageToken())
                .setAsOf(CommonMapper.ts(asOf));
        page.rows().forEach(r -> out.addCeasefires(CeasefireBoardMapper.toProto(r)));
        CommandGrpcService.reply(response, out.build());
    }

    @Override
    public void listStatements(ListStatementsRequest request, StreamObserver<ListStatementsResponse> response) {
        Violations v = new Violations();
        int size = Pages.check(request.getConflictKey(), request.getPageSize(), request.getPageToken(), v);
        v.throwIfAny();
        var page = readModels.statements().list(request.getConflictKey(), size, request.getPageToken());
        var out = ListStatementsResponse.newBuilder().setNextPageToken(page.nextPageToken());
        page.statements().forEach(s -> out.addStatements(StatementMapper.toProto(s)));
        CommandGrpcService.reply(response, out.build());
    }

    @Override
    public void getOperation(GetOperationRequest request, StreamObserver<Operation> response) {
        Violations v = new Violations();
        CeasefireMapper.requireId("operation_id", request.getOperationId(), v);
        v.throwIfAny();
        var result = readModels.operations().find(request.getOperationId());
        if (result == null) {
            throw new NotFoundException("operation_id", "no operation with id '" + request.getOperationId() + "'");
        }
        CommandGrpcService.reply(response, OperationMapper.toProto(result));
    }
}
