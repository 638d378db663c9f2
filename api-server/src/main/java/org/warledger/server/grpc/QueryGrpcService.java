package org.warledger.server.grpc;

import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import org.warledger.projections.ReadModels;
import org.warledger.projections.strike.StrikeView;
import org.warledger.projections.timeline.TimelinePage;
import org.warledger.proto.v1.GetStrikeRequest;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.ListTimelineResponse;
import org.warledger.proto.v1.QueryServiceGrpc;
import org.warledger.proto.v1.Strike;

/** The read side of the API: thin mapping onto the read models. */
@GrpcService
@Blocking
public class QueryGrpcService extends QueryServiceGrpc.QueryServiceImplBase {

    private final ReadModels readModels;

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
}
