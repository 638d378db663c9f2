package org.warledger.server.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import org.warledger.proto.v1.TimelineChange;
import org.warledger.proto.v1.WatchTimelineRequest;
import org.warledger.server.feed.LiveFeed;
import org.warledger.server.feed.TimelineSource;
import org.warledger.server.ops.ProjectionStatus;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import java.time.Clock;
import java.time.Instant;
import org.warledger.projections.ReadModels;
import org.warledger.projections.strike.StrikeView;
import org.warledger.projections.timeline.TimelinePage;
import org.warledger.projections.claim.ClaimView;
import org.warledger.proto.v1.Claim;
import org.warledger.proto.v1.GetClaimRequest;
import org.warledger.proto.v1.GetOperationRequest;
import org.warledger.proto.v1.GetStrikeRequest;
import org.warledger.proto.v1.GetTallyRequest;
import org.warledger.proto.v1.GetTallyResponse;
import org.warledger.proto.v1.ListCeasefiresRequest;
import org.warledger.proto.v1.ListCeasefiresResponse;
import org.warledger.proto.v1.ListClaimantsRequest;
import org.warledger.proto.v1.ListClaimantsResponse;
import org.warledger.proto.v1.ListClaimsRequest;
import org.warledger.proto.v1.ListClaimsResponse;
import org.warledger.proto.v1.ListPartiesRequest;
import org.warledger.proto.v1.ListPartiesResponse;
import org.warledger.proto.v1.ListStatementsRequest;
import org.warledger.proto.v1.ListStatementsResponse;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.ListTimelineResponse;
import org.warledger.proto.v1.Operation;
import org.warledger.proto.v1.QueryServiceGrpc;
import org.warledger.proto.v1.Strike;
import org.warledger.server.registry.Registry;

/** The read side of the API: thin mapping onto the read models. */
@GrpcService
@Blocking
public class QueryGrpcService extends QueryServiceGrpc.QueryServiceImplBase {

    private final ReadModels readModels;
    private final Registry registry;
    private final Clock clock = Clock.systemUTC();

    private final LiveFeed feed;
    private final ProjectionStatus status;

    public QueryGrpcService(ReadModels readModels, Registry registry, LiveFeed feed, ProjectionStatus status) {
        this.feed = feed;
        this.status = status;
        this.readModels = readModels;
        this.registry = registry;
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
    public void listParties(ListPartiesRequest request, StreamObserver<ListPartiesResponse> response) {
        CommandGrpcService.reply(response, Listings.parties(request, readModels));
    }

    @Override
    public void listClaimants(ListClaimantsRequest request, StreamObserver<ListClaimantsResponse> response) {
        CommandGrpcService.reply(response, Listings.claimants(request, readModels, registry));
    }

    @Override
    public void listClaims(ListClaimsRequest request, StreamObserver<ListClaimsResponse> response) {
        CommandGrpcService.reply(response, Listings.claims(request, readModels, registry));
    }

    @Override
    public void getClaim(GetClaimRequest request, StreamObserver<Claim> response) {
        Violations v = new Violations();
        v.required("claim_id", request.getClaimId());
        v.throwIfAny();
        ClaimView view = readModels.claims().find(request.getClaimId());
        if (view == null) {
            throw new NotFoundException("claim_id", "no claim with id '" + request.getClaimId() + "'");
        }
        CommandGrpcService.reply(response, ClaimMapper.toProto(view));
    }

    @Override
    public void getTally(GetTallyRequest request, StreamObserver<GetTallyResponse> response) {
        var options = TallyMapper.toOptions(request, registry);
        var out = GetTallyResponse.newBuilder();
        java.time.Instant recordedBy = request.hasAsRecordedAt() ? java.time.Instant.ofEpochSecond(
                request.getAsRecordedAt().getSeconds(), request.getAsRecordedAt().getNanos()) : null;
        readModels.tally().tally(request.getConflictKey(), options, recordedBy)
                .forEach(r -> out.addRows(TallyMapper.toProto(r)));
        CommandGrpcService.reply(response, out.build());
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
        var op = result.operation();
        java.util.Set<String> strikeIds = new java.util.HashSet<>(op.linkedStrikeIds());
        result.strikes().forEach(s -> strikeIds.add(s.strikeId()));
        var claims = readModels.claims().aboutOperation(op.conflictKey(), op.name(), strikeIds);
        var out = OperationMapper.toProto(result).toBuilder();
        claims.forEach(c -> out.addClaims(ClaimMapper.toProto(c)));
        readModels.tally().tally(op.conflictKey(), claims, org.warledger.projections.tally.TallyOptions.all())
                .forEach(r -> out.addTally(TallyMapper.toProto(r)));
        CommandGrpcService.reply(response, out.build());
    }

    @Override
    public void watchTimeline(WatchTimelineRequest request, StreamObserver<TimelineChange> response) {
        Violations v = new Violations();
        v.conflictKey("conflict_key", request.getConflictKey());
        if (request.getAfterPosition() < 0) {
            v.add("after_position", "must not be negative");
        }
        v.throwIfAny();
        feed.stream((ServerCallStreamObserver<TimelineChange>) response,
                new TimelineSource(readModels.timeline(), status, request.getConflictKey()),
                c -> TimelineChange.newBuilder().setPosition(c.position()).setEntry(TimelineMapper.toProto(c.entry()))
                        .build(),
                request.getAfterPosition(), request.getFollow());
    }
}
