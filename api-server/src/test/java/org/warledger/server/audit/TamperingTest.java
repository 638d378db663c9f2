package org.warledger.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warledger.chain.ExportWriter;
import org.warledger.chain.OfflineVerifier;
import org.warledger.chain.VerificationResult;
import org.warledger.proto.v1.ExportEventsRequest;
import org.warledger.proto.v1.VerifyChainRequest;
import org.warledger.proto.v1.VerifyChainResponse;
import org.warledger.server.support.Grpc;

/**
 * Alters the stored log behind the server's back, the way someone with database access could,
 * and checks that verification names the first broken position. Each test repairs what it broke.
 */
@QuarkusTest
@TestProfile(FreshStoreProfile.class)
class TamperingTest {

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void aLogOfAtLeastSixEvents() {
        if (Grpc.audit().verifyChain(VerifyChainRequest.getDefaultInstance()).getHeadPosition() < 6) {
            Events.strikes("tamper-test", 6);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> verify().getOk());
    }

    @Test
    void anAlteredPayloadIsAHashMismatchAtItsPosition() throws SQLException {
        sql("UPDATE domain_event_entry SET payload = payload || ' ' WHERE global_index = 3");
        try {
            VerifyChainResponse verdict = verify();
            assertThat(verdict.getOk()).isFalse();
            assertThat(verdict.getFirstBrokenPosition()).isEqualTo(3);
            assertThat(verdict.getProblem()).isEqualTo("hash mismatch");
            assertThat(verdict.getHeadPosition()).isEqualTo(2);
        } finally {
            sql("UPDATE domain_event_entry SET payload = SUBSTRING(payload FROM 1 FOR CHAR_LENGTH(payload) - 1) "
                    + "WHERE global_index = 3");
        }
        assertThat(verify().getOk()).isTrue();
    }

    @Test
    void aDeletedRowIsAGapAtItsPosition() throws SQLException {
        sql("CREATE TABLE deleted_row AS SELECT * FROM domain_event_entry WHERE global_index = 4");
        sql("DELETE FROM domain_event_entry WHERE global_index = 4");
        try {
            VerifyChainResponse verdict = verify();
            assertThat(verdict.getOk()).isFalse();
            assertThat(verdict.getFirstBrokenPosition()).isEqualTo(4);
            assertThat(verdict.getProblem()).startsWith("position gap");
        } finally {
            sql("INSERT INTO domain_event_entry SELECT * FROM deleted_row");
            sql("DROP TABLE deleted_row");
        }
        assertThat(verify().getOk()).isTrue();
    }

    @Test
    void twoSwappedRowsBreakAtTheFirstOfThem() throws SQLException {
        swapPositions(2, 5);
        try {
            VerifyChainResponse verdict = verify();
            assertThat(verdict.getOk()).isFalse();
            assertThat(verdict.getFirstBrokenPosition()).isEqualTo(2);
        } finally {
            swapPositions(2, 5);
        }
        assertThat(verify().getOk()).isTrue();
    }

    @Test
    void anExportVerifiesOfflineAndAnEditedExportDoesNot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("export.ndjson");
        try (ExportWriter out = ExportWriter.create(file)) {
            var it = Grpc.audit().exportEvents(ExportEventsRequest.getDefaultInstance());
            while (it.hasNext()) {
                out.write(ExportMapping.toChained(it.next()));
            }
        }
        VerificationResult intact = OfflineVerifier.verify(file);
        assertThat(intact.ok()).as(intact.toString()).isTrue();
        assertThat(intact.headHash()).isEqualTo(verify().getHeadHash());

        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(1, lines.get(1).replace("\"payload\":\"{", "\"payload\":\"{ "));
        Files.write(file, lines);
        VerificationResult edited = OfflineVerifier.verify(file);

        assertThat(edited.ok()).isFalse();
        assertThat(edited.firstBrokenPosition()).isEqualTo(2);
    }

    private void swapPositions(long a, long b) throws SQLException {
        sql("UPDATE domain_event_entry SET global_index = -1 WHERE global_index = " + a);
        sql("UPDATE domain_event_entry SET global_index = " + a + " WHERE global_index = " + b);
        sql("UPDATE domain_event_entry SET global_index = " + b + " WHERE global_index = -1");
    }

    private static VerifyChainResponse verify() {
        return Grpc.audit().verifyChain(VerifyChainRequest.getDefaultInstance());
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
