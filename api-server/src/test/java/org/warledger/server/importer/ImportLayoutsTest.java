package org.warledger.server.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warledger.proto.v1.GetClaimRequest;
import org.warledger.proto.v1.GetEntityHistoryRequest;
import org.warledger.proto.v1.VerifyChainRequest;
import org.warledger.server.support.Grpc;

/** The other GED layouts and ACLED's, with bad rows among good ones, and --dry-run. */
@QuarkusTest
class ImportLayoutsTest {

    /** Newer GED release via HDX: best/low/high, ISO dates, 1/0, iso3 column, HXL tag line. */
    static final String GED_NEW = "id,year,active_year,type_of_violence,conflict_name,dyad_name,side_a,side_b,"
            + "where_coordinates,adm_1,latitude,longitude,where_prec,country,iso3,date_prec,date_start,date_end,"
            + "deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,low,high,source_original\n"
            + "#event+id,#date+year,,,,,,,,#adm1+name,#geo+lat,#geo+lon,,#country+name,#country+code,,,,"
            + "#affected+killed,,,,,,,\n";

    static String gedRow(String id, String sideA, String sideB, String best) {
        return id + ",2021,1,1,Afghanistan: Government,\"Government of Afghanistan - Taleban, \"\"IEA\"\"\","
                + sideA + "," + sideB + ",Kunduz town,Kunduz province,36.72,68.86,1,Afghanistan,AFG,1,"
                + "2021-06-01 00:00:00.000,2021-06-02 00:00:00.000,2,3,1,0," + best + ",5,9,ANA,\n";
    }

    static final String ACLED_HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
            + "civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,"
            + "geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n";

    static String acledRow(String id, String date, int fatalities) {
        return id + "," + date + ",2026,1,Political violence,Explosions/Remote violence,Air/drone strike,"
                + "Military Forces of Pakistan (2022-),,State forces,TTP: Tehreek-i-Taliban Pakistan,,Rebel group,"
                + "State forces-Rebel group,,586,Caucasus and Central Asia,Pakistan,Khyber Pakhtunkhwa,"
                + "North Waziristan,Mir Ali,Mir Ali,33.0188,70.0597,2,Dawn; Express Tribune,National,"
                + "\"A drone hit a compound, killing \"\"" + fatalities + " militants\"\".\"," + fatalities
                + ",,1772409600\n";
    }

    @Test
    void theNewerGedLayoutImportsAndBadRowsAreRejectedWithTheirLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ged-new.csv");
        Files.writeString(file, GED_NEW
                + gedRow("9100001", "Government of Afghanistan", "Taleban", "6")
                + gedRow("9100002", "Government of Afghanistan", "Taleban", "abc")
                + gedRow("9100003", "Taleban", "Civilians", "6")
                + gedRow("9100004", "---", "Taleban", "6"));

        ImportCli.Run run = ImportCli.run("ucdp-ged", file.toString(), "--conflict-key", "ged-layout-test");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).contains("4 rows read: 2 imported, 0 unchanged, 0 revised, 2 rejected")
                .contains("rejected line 4: best: not a number 'abc'")
                .contains("rejected line 6: event 9100004: side_a: '---' has no letters or digits");
        var total = claim("ucdp-ged-9100001:all-killed");
        assertThat(total.getQuantity().getLow()).isEqualTo(5);
        assertThat(total.getQuantity().getHigh()).isEqualTo(9);
        assertThat(total.getQuantity().getBest()).isEqualTo(6);
        assertThat(claim("ucdp-ged-9100001:side-a-killed").getSubjectParty()).isEqualTo("GOV-AFGHANISTAN");
        assertThat(claim("ucdp-ged-9100003:civilians-killed").getSubjectParty()).isEqualTo("CIV-AF");
        assertThat(history("ucdp-ged-9100004")).isZero();
    }

    @Test
    void acledRowsImportWithTheirSingleFigureAndABadDateIsRejected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("acled.csv");
        Files.writeString(file, ACLED_HEADER + acledRow("PAK990001", "27 February 2026", 3)
                + acledRow("PAK990002", "31 February 2026", 1) + acledRow("PAK990003", "2026-02-28", 0));

        ImportCli.Run run = ImportCli.run("acled", file.toString(), "--conflict-key", "acled-layout-test");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).contains("3 rows read: 2 imported, 0 unchanged, 0 revised, 1 rejected")
                .contains("rejected line 3: event_date");
        var claim = claim("acled-PAK990001:all-killed");
        assertThat(claim.getClaimant()).isEqualTo("ACLED");
        assertThat(claim.getSubjectParty()).isEqualTo("ALL-PK");
        assertThat(claim.getQuantity().getValue()).isEqualTo(3);
        assertThat(claim.getOriginalWords()).contains("killing \"3 militants\"");
        assertThat(await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> Grpc.queries()
                .getStrike(org.warledger.proto.v1.GetStrikeRequest.newBuilder().setStrikeId("acled-PAK990001")
                        .build()), s -> true).getAttacker()).isEqualTo("GOV-PAKISTAN");
    }

    @Test
    void aDryRunValidatesEveryRowAndWritesNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ged-dry.csv");
        Files.writeString(file, GED_NEW + gedRow("9200001", "Government of Afghanistan", "Taleban", "6")
                + gedRow("9200002", "", "Taleban", "6") + gedRow("9200003", "Taleban", "Civilians", "7"));
        long head = Grpc.audit().verifyChain(VerifyChainRequest.getDefaultInstance()).getHeadPosition();

        ImportCli.Run dry = ImportCli.run("ucdp-ged", file.toString(), "--conflict-key", "ged-dry-test", "--dry-run");

        assertThat(dry.out()).contains("dry run (nothing written): 3 rows read: 2 would be imported, 0 unchanged, "
                + "0 would be revised, 1 rejected").contains("rejected line 4: side_a");
        assertThat(Grpc.audit().verifyChain(VerifyChainRequest.getDefaultInstance()).getHeadPosition())
                .isEqualTo(head);
        assertThat(history("ucdp-ged-9200001")).isZero();

        ImportCli.Run real = ImportCli.run("ucdp-ged", file.toString(), "--conflict-key", "ged-dry-test");
        assertThat(real.out()).contains("3 rows read: 2 imported");
    }

    /** The claim once the read model has it (it follows the store a moment later). */
    private static org.warledger.proto.v1.Claim claim(String claimId) {
        return await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> Grpc.queries()
                .getClaim(GetClaimRequest.newBuilder().setClaimId(claimId).build()), c -> true);
    }

    private static int history(String entityId) {
        try {
            return Grpc.audit().getEntityHistory(GetEntityHistoryRequest.newBuilder().setEntityId(entityId).build())
                    .getEventsCount();
        } catch (StatusRuntimeException e) {
            return 0;
        }
    }
}
