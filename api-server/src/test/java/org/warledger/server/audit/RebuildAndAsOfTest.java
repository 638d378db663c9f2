package org.warledger.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.Timestamp;
import io.agroal.api.AgroalDataSource;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.warledger.proto.v1.AuditEvent;
import org.warledger.proto.v1.CorrectStrikeTimeRequest;
import org.warledger.proto.v1.GetEntityHistoryRequest;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.RebuildProgress;
import org.warledger.proto.v1.RebuildProjectionRequest;
import org.warledger.proto.v1.RecordStrikeOutcomeRequest;
import org.warledger.proto.v1.StrikeOutcome;
import org.warledger.proto.v1.TimelineEntry;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;

@QuarkusTest
class RebuildAndAsOfTest {

    @Inject
    AgroalDataSource db;

    private static String conflict() {
        return "asof-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theHistoryOfAnEntityIsAllItsEventsInOrderWithWhoRecordedThem() {
        String id = Events.strikes(conflict(), 1).get(0);
        var outcome = RecordStrikeOutcomeRequest.newBuilder().setContext(Requests.context()).setStrikeId(id)
                .setOutcome(StrikeOutcome.STRIKE_OUTCOME_HIT).setSource(Requests.source("ISPR")).build();
        Grpc.commands().recordStrikeOutcome(outcome);

        List<AuditEvent> events = history(id);

        assertThat(events).extracting(AuditEvent::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(events.get(1).getPayloadType()).endsWith("StrikeOutcomeRecorded");
        assertThat(events.get(1).getRequestId()).isEqualTo(outcome.getContext().getRequestId());
        assertThat(events.get(1).getPrevHash()).hasSize(64);
    }

    @Test
    void anUnknownEntityHasNoHistory() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> Grpc.audit()
                .getEntityHistory(GetEntityHistoryRequest.newBuilder().setEntityId("no-such-entity").build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void asRecordedAtShowsTheTimelineAsItWasKnownBeforeAndAfterACorrection() {
        String conflict = conflict();
        String id = Events.strikes(conflict, 1).get(0);
        Instant recorded = Instant.parse(history(id).get(0).getTimestampText());
        await().until(() -> Instant.now().isAfter(recorded.plusMillis(2))); // the correction is recorded later
        Grpc.commands().correctStrikeTime(CorrectStrikeTimeRequest.newBuilder().setContext(Requests.context())
                .setStrikeId(id).setOccurred(Requests.day("2026-02-26")).setReason("late report")
                .setSource(Requests.source("ISPR")).build());
        Instant corrected = Instant.parse(history(id).get(1).getTimestampText());
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> timeline(conflict, null).get(0).getMarksList()
                .contains("corrected"));

        assertThat(timeline(conflict, recorded.minusMillis(1))).isEmpty();
        TimelineEntry before = timeline(conflict, recorded).get(0);
        assertThat(before.getMarksList()).doesNotContain("corrected");
        assertThat(before.getOccurred().getStart()).isEqualTo(Requests.ts("2026-02-27T00:00:00Z"));
        TimelineEntry after = timeline(conflict, corrected).get(0);
        assertThat(after.getMarksList()).contains("corrected");
        assertThat(after.getOccurred().getStart()).isEqualTo(Requests.ts("2026-02-26T00:00:00Z"));
    }

    @Test
    void aRebuiltTimelineEqualsTheLiveOne() throws SQLException {
        String conflict = conflict();
        String id = Events.strikes(conflict, 3).get(0);
        Grpc.commands().recordStrikeOutcome(RecordStrikeOutcomeRequest.newBuilder().setContext(Requests.context())
                .setStrikeId(id).setOutcome(StrikeOutcome.STRIKE_OUTCOME_INTERCEPTED)
                .setSource(Requests.source("ISPR")).build());
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> timeline(conflict, null).get(0).getMarksList()
                .contains("intercepted"));
        List<List<Object>> live = rows("SELECT * FROM timeline_entry ORDER BY entry_id");
        List<List<Object>> liveHistory = rows("SELECT * FROM timeline_entry_history ORDER BY entry_id, version_position");

        List<RebuildProgress> progress = new ArrayList<>();
        Grpc.admin().rebuildProjection(RebuildProjectionRequest.newBuilder().setProjection("timeline").build())
                .forEachRemaining(progress::add);

        RebuildProgress last = progress.get(progress.size() - 1);
        assertThat(last.getDone()).isTrue();
        assertThat(last.getProcessedPosition()).isEqualTo(last.getHeadPosition());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(rows("SELECT * FROM timeline_entry ORDER BY entry_id")).isEqualTo(live);
            assertThat(rows("SELECT * FROM timeline_entry_history ORDER BY entry_id, version_position"))
                    .isEqualTo(liveHistory);
        });
    }

    @Test
    void rebuildingAnUnknownProjectionListsTheValidNames() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> Grpc.admin()
                .rebuildProjection(RebuildProjectionRequest.newBuilder().setProjection("nope").build()).hasNext());

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(Grpc.badFields(e)).containsExactly("projection");
        assertThat(e.getStatus().getDescription()).contains("timeline");
    }

    private static List<AuditEvent> history(String id) {
        return Grpc.audit().getEntityHistory(GetEntityHistoryRequest.newBuilder().setEntityId(id).build())
                .getEventsList();
    }

    private static List<TimelineEntry> timeline(String conflict, Instant asOf) {
        var request = ListTimelineRequest.newBuilder().setConflictKey(conflict);
        if (asOf != null) {
            request.setAsRecordedAt(Timestamp.newBuilder().setSeconds(asOf.getEpochSecond()).setNanos(asOf.getNano()));
        }
        return Grpc.queries().listTimeline(request.build()).getEntriesList();
    }

    private List<List<Object>> rows(String query) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }
}
