package org.warledger.server.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.grpc.Status;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.warledger.proto.v1.GetStrikeRequest;
import org.warledger.proto.v1.RecordStrikeOutcomeRequest;
import org.warledger.proto.v1.RequestContext;
import org.warledger.proto.v1.StrikeOutcome;
import org.warledger.server.support.Requests;
import org.warledger.server.support.SeedLoader;

/**
 * Issue 7: two server nodes on one PostgreSQL database. Clients write to both at once, including
 * outcomes for the same strikes; one node is killed with SIGKILL midway and the other takes its
 * share of the projections over. Nothing acknowledged is lost, nothing is stored twice, and the
 * survivor's read models equal a rebuild from the store.
 */
@EnabledIfSystemProperty(named = "warledger.test.store", matches = "postgresql")
class TwoNodesIT {

    private static final int HOT_STRIKES = 3;
    private static final String RETRIES = "warledger_command_conflict_retries_total";

    @Test
    void twoNodesShareOneStoreAndTheSurvivorTakesOverWhenOneIsKilled() throws Exception {
        String conflict = "two-" + UUID.randomUUID().toString().substring(0, 8);
        try (ItStore store = ItStore.fresh()) {
            Map<String, String> config = new HashMap<>(store.serverConfig());
            config.put("warledger.processor.segments", "2");
            Snapshot onSurvivor;
            Writers strikesA;
            Writers outcomesA;
            Writers strikesB;
            Writers outcomesB;
            List<String> hot = new ArrayList<>();
            double retries;
            try (ServerProcess a = ServerProcess.start("node-a", config);
                 ServerProcess b = ServerProcess.start("node-b", config)) {
                SeedLoader.seed().loadRegistry(a.commands());
                for (int i = 0; i < HOT_STRIKES; i++) {
                    hot.add(a.commands().recordStrike(Requests.strike(conflict).setStrikeId(conflict + "-hot-" + i)
                            .build()).getEntityId());
                }
                strikesA = strikes(a, conflict);
                strikesB = strikes(b, conflict);
                outcomesA = outcomes(a, hot);
                outcomesB = outcomes(b, hot);
                await().atMost(Duration.ofSeconds(90)).until(() -> strikesB.acknowledgedCount() >= 100
                        && outcomesA.acknowledgedCount() >= 40 && outcomesB.acknowledgedCount() >= 40);
                retries = b.metric(RETRIES);
                b.kill();
                strikesB.join();
                outcomesB.join();

                int beforeKill = strikesA.acknowledgedCount() + outcomesA.acknowledgedCount();
                await("node-a goes on writing").atMost(Duration.ofSeconds(60)).until(() ->
                        strikesA.acknowledgedCount() + outcomesA.acknowledgedCount() >= beforeKill + 100);
                strikesA.stopAndJoin();
                outcomesA.stopAndJoin();

                await("node-a owns every segment of every projection").atMost(Duration.ofSeconds(60))
                        .untilAsserted(() -> assertThat(tokenOwners(store)).containsOnly("node-a"));
                await("node-a caught up with the store").atMost(Duration.ofSeconds(60)).until(a::caughtUp);
                onSurvivor = Snapshot.readAll(a, conflict, storedStrikes(store));
                retries += a.metric(RETRIES);
            }

            System.out.printf("two nodes: strikes acked a=%d b=%d, outcomes acked a=%d b=%d, failures a=%s b=%s, conflict retries %.0f%n",
                    strikesA.acknowledgedCount(), strikesB.acknowledgedCount(), outcomesA.acknowledgedCount(),
                    outcomesB.acknowledgedCount(), outcomesA.failures(), outcomesB.failures(), retries);
            assertThat(retries).as("the nodes raced for the same strikes and retried").isPositive();
            assertThat(strikesA.failures()).isEmpty();
            assertThat(strikesB.failures().keySet()).containsOnly(Status.Code.UNAVAILABLE);
            assertThat(outcomesA.failures().keySet()).isSubsetOf(Set.of(Status.Code.ABORTED));
            assertThat(outcomesB.failures().keySet()).isSubsetOf(Set.of(Status.Code.ABORTED, Status.Code.UNAVAILABLE));

            List<ItStore.StoredEvent> events = store.events();
            Set<String> acknowledged = union(strikesA.acknowledged(), strikesB.acknowledged(),
                    outcomesA.acknowledged(), outcomesB.acknowledged());
            Map<String, Long> perRequest = events.stream().filter(e -> e.requestId() != null)
                    .collect(Collectors.groupingBy(ItStore.StoredEvent::requestId, Collectors.counting()));
            assertThat(perRequest).as("no request stored twice").allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
            Set<String> storedKeys = new HashSet<>(perRequest.keySet());
            events.stream().filter(e -> e.type().equals("StrikeRecorded")).forEach(e -> storedKeys.add(e.entityId()));
            assertThat(storedKeys).as("every acknowledged write is stored").containsAll(acknowledged);
            Map<String, List<Long>> sequences = events.stream().collect(Collectors.groupingBy(
                    ItStore.StoredEvent::entityId, Collectors.mapping(ItStore.StoredEvent::sequence, Collectors.toList())));
            assertThat(sequences).as("each strike's events numbered 0..n-1 once each").allSatisfy((id, seq) ->
                    assertThat(seq).containsExactlyElementsOf(java.util.stream.LongStream.range(0, seq.size()).boxed().toList()));

            // rebuild every read model from the store on a fresh node and compare
            for (String table : readModelTables(store)) {
                store.execute("DELETE FROM " + table);
            }
            try (ServerProcess rebuilt = ServerProcess.start("node-rebuilt", config)) {
                await("the rebuild equals what node-a served").atMost(Duration.ofSeconds(90))
                        .ignoreExceptionsInstanceOf(io.grpc.StatusRuntimeException.class)
                        .untilAsserted(() -> assertThat(Snapshot.readAll(rebuilt, conflict, storedStrikes(store)))
                                .isEqualTo(onSurvivor));
            }
        }
    }

    private static Writers strikes(ServerProcess node, String conflict) {
        return Writers.start(node.name() + "-strikes", 2, 2_000, (thread, i) -> {
            String id = conflict + "-" + node.name() + "-" + thread + "-" + i;
            return new Writers.Attempt(id, () -> node.commands()
                    .recordStrike(Requests.strike(conflict).setStrikeId(id).build()));
        });
    }

    /** Outcomes for the same few strikes from both nodes at once: the conflicts are the point. */
    private static Writers outcomes(ServerProcess node, List<String> hot) {
        return Writers.start(node.name() + "-outcomes", 2, 2_000, (thread, i) -> {
            String requestId = UUID.randomUUID().toString();
            StrikeOutcome outcome = i % 2 == 0 ? StrikeOutcome.STRIKE_OUTCOME_HIT : StrikeOutcome.STRIKE_OUTCOME_INTERCEPTED;
            RecordStrikeOutcomeRequest request = RecordStrikeOutcomeRequest.newBuilder()
                    .setContext(RequestContext.newBuilder().setRequestId(requestId).setClientName(node.name()))
                    .setStrikeId(hot.get((thread + i) % hot.size())).setOutcome(outcome)
                    .setSource(Requests.source("ISPR")).build();
            return new Writers.Attempt(requestId, () -> node.commands().recordStrikeOutcome(request));
        });
    }

    private static List<String> storedStrikes(ItStore store) throws Exception {
        return store.events().stream().filter(e -> e.type().equals("StrikeRecorded"))
                .map(ItStore.StoredEvent::entityId).toList();
    }

    /** Every table but the event store's own: the read models and their tracking tokens. */
    private static List<String> readModelTables(ItStore store) throws Exception {
        List<String> tables = new ArrayList<>();
        try (var c = store.connect(); var s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
                AND table_type = 'BASE TABLE' AND table_name NOT IN ('domain_event_entry', 'snapshot_event_entry',
                'event_chain_head', 'processed_request', 'flyway_schema_history')""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).contains("token_entry", "timeline_entry", "strike_view");
        return tables;
    }

    private static List<String> tokenOwners(ItStore store) throws Exception {
        List<String> owners = new ArrayList<>();
        try (var c = store.connect(); var s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT owner FROM token_entry")) {
            while (rs.next()) {
                owners.add(rs.getString(1));
            }
        }
        return owners;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> s : sets) {
            out.addAll(s);
        }
        return out;
    }

    /** What a node's read models say: the conflict's timeline and every strike by id. */
    record Snapshot(List<?> timeline, Map<String, ?> strikes) {
        static Snapshot readAll(ServerProcess node, String conflict, List<String> strikeIds) {
            Map<String, Object> strikes = new HashMap<>();
            for (String id : strikeIds) {
                strikes.put(id, node.queries().getStrike(GetStrikeRequest.newBuilder().setStrikeId(id).build()));
            }
            return new Snapshot(Timelines.all(node, conflict), strikes);
        }
    }
}
