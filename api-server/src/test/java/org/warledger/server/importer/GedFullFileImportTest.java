package org.warledger.server.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.Timestamp;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.warledger.proto.v1.ClaimCategory;
import org.warledger.proto.v1.GetClaimRequest;
import org.warledger.proto.v1.GetEntityHistoryRequest;
import org.warledger.proto.v1.GetTallyRequest;
import org.warledger.proto.v1.TallyRow;
import org.warledger.proto.v1.TimePrecision;
import org.warledger.proto.v1.TimeWindow;
import org.warledger.proto.v1.VerifyChainRequest;
import org.warledger.server.support.Grpc;

/**
 * The whole real UCDP GED extract for Pakistan imported through the CLI and the import API, once
 * for the class; then a re-import and a later "release". Expected figures are summed from the CSV
 * here, independently of the importer.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GedFullFileImportTest {

    static final Path FILE = Path.of(System.getProperty("warledger.gedFile",
            "/work/shared/data/ucdp-ged-pakistan-1989-2019.csv"));
    static final String CONFLICT = "ucdp-ged-pk";

    /** Per-year sums from the CSV: low, best, high, civilians, and low/high widened to hold best. */
    record YearSums(long low, long best, long high, long civilians, long minOfThree, long maxOfThree) {
        YearSums plus(CSVRecord r) {
            long l = n(r, "low_est"), b = n(r, "best_est"), h = n(r, "high_est");
            return new YearSums(low + l, best + b, high + h, civilians + n(r, "deaths_civilians"),
                    minOfThree + Math.min(l, Math.min(b, h)), maxOfThree + Math.max(l, Math.max(b, h)));
        }
    }

    @Test
    @Order(1)
    void theWholeFileImportsAndEachYearsTallyEqualsTheFilesOwnSums() throws IOException {
        ImportCli.Run run = ImportCli.run("ucdp-ged", FILE.toString(), "--release", "ged-pk-1989-2019");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("5834 rows read: 5834 imported, 0 unchanged, 0 revised, 0 rejected");
        assertThat(run.err()).contains("imported 5000 rows");
        Map<Integer, YearSums> expected = sumsByYear();
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                assertThat(Grpc.queries().listClaims(org.warledger.proto.v1.ListClaimsRequest.newBuilder()
                        .setConflictKey(CONFLICT).setPageSize(1).build()).getClaimsCount()).isPositive());
        int lastYear = expected.keySet().stream().max(Integer::compare).orElseThrow();
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() ->
                assertThat(all(lastYear).getByClaimant(0).getBest()).isEqualTo(expected.get(lastYear).best()));

        expected.forEach((year, sums) -> {
            var figure = all(year).getByClaimant(0);
            assertThat(figure.getClaimant()).isEqualTo("UCDP-GED");
            assertThat(figure.getBest()).as("best %d", year).isEqualTo(sums.best());
            assertThat(figure.getLower()).as("low %d", year).isEqualTo(sums.minOfThree());
            assertThat(figure.getUpper()).as("high %d", year).isEqualTo(sums.maxOfThree());
            if (sums.minOfThree() == sums.low() && sums.maxOfThree() == sums.high()) {
                assertThat(figure.getLower()).isEqualTo(sums.low());
                assertThat(figure.getUpper()).isEqualTo(sums.high());
            }
            long civilians = tally(year, "CIV-PK").stream().mapToLong(r -> r.getByClaimant(0).getBest()).sum();
            assertThat(civilians).as("civilians %d", year).isEqualTo(sums.civilians());
        });
        assertThat(expected).hasSizeGreaterThan(25);
        assertThat(expected.values().stream().filter(s -> s.low() == s.minOfThree() && s.high() == s.maxOfThree()))
                .as("years whose published estimates are all in order").hasSizeGreaterThan(15);
    }

    @Test
    @Order(2)
    void importingTheSameFileAgainWritesNothing() {
        long head = Grpc.audit().verifyChain(VerifyChainRequest.getDefaultInstance()).getHeadPosition();

        ImportCli.Run run = ImportCli.run("ucdp-ged", FILE.toString(), "--release", "ged-pk-1989-2019");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("5834 rows read: 0 imported, 5834 unchanged, 0 revised, 0 rejected");
        assertThat(Grpc.audit().verifyChain(VerifyChainRequest.getDefaultInstance()).getHeadPosition())
                .isEqualTo(head);
    }

    @Test
    @Order(3)
    void aLaterReleaseWithChangedFiguresRevisesTheClaims(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path release = dir.resolve("ged-next.csv");
        List<String> changedIds = writeRelease(release, 3);

        ImportCli.Run run = ImportCli.run("ucdp-ged", release.toString(), "--release", "ged-next");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("4 rows read: 0 imported, 1 unchanged, 3 revised, 0 rejected");
        for (String id : changedIds) {
            var claim = Grpc.queries().getClaim(GetClaimRequest.newBuilder()
                    .setClaimId("ucdp-ged-" + id + ":all-killed").build());
            var history = Grpc.audit().getEntityHistory(GetEntityHistoryRequest.newBuilder()
                    .setEntityId("ucdp-ged-" + id + ":all-killed").build());
            assertThat(history.getEventsList()).extracting(e -> e.getPayloadType())
                    .anySatisfy(t -> assertThat(t).endsWith("ClaimRevised"));
            assertThat(history.getEvents(history.getEventsCount() - 1).getPayloadJson()).contains("ged-next");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Grpc.queries().getClaim(
                    GetClaimRequest.newBuilder().setClaimId(claim.getClaimId()).build()).getRevisions()).isEqualTo(1));
        }
    }

    /** The first rows of the real file, the first {@code changed} with best and high raised by 5. */
    private static List<String> writeRelease(Path target, int changed) throws IOException {
        List<String> ids = new java.util.ArrayList<>();
        CSVFormat in = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(FILE, StandardCharsets.UTF_8); CSVParser csv = in.parse(r);
             Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            List<String> header = csv.getHeaderNames();
            out.printRecord(header);
            int row = 0;
            for (CSVRecord rec : csv) {
                if (row++ > changed) {
                    break;
                }
                List<String> values = new java.util.ArrayList<>(rec.toList());
                values = values.subList(0, header.size());
                if (row <= changed) {
                    ids.add(rec.get("id"));
                    for (String col : List.of("best_est", "high_est", "deaths_unknown")) {
                        int at = header.indexOf(col);
                        values.set(at, Long.toString(Long.parseLong(values.get(at)) + 5));
                    }
                }
                out.printRecord(values);
            }
        }
        return ids;
    }

    private static TallyRow all(int year) {
        List<TallyRow> rows = tally(year, "ALL-PK");
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static List<TallyRow> tally(int year, String party) {
        return Grpc.queries().getTally(GetTallyRequest.newBuilder().setConflictKey(CONFLICT).setParty(party)
                .setCategory(ClaimCategory.CLAIM_CATEGORY_KILLED).setWindow(TimeWindow.newBuilder()
                        .setStart(day(LocalDate.of(year, 1, 1))).setEnd(day(LocalDate.of(year, 12, 31)))
                        .setPrecision(TimePrecision.TIME_PRECISION_DAY)).build()).getRowsList();
    }

    private static Timestamp day(LocalDate d) {
        return Timestamp.newBuilder().setSeconds(d.atStartOfDay(ZoneOffset.UTC).toEpochSecond()).build();
    }

    private static Map<Integer, YearSums> sumsByYear() throws IOException {
        Map<Integer, YearSums> sums = new TreeMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8); CSVParser csv = format.parse(in)) {
            for (CSVRecord r : csv) {
                sums.merge(Integer.parseInt(r.get("year")), new YearSums(0, 0, 0, 0, 0, 0).plus(r),
                        (a, b) -> new YearSums(a.low() + b.low(), a.best() + b.best(), a.high() + b.high(),
                                a.civilians() + b.civilians(), a.minOfThree() + b.minOfThree(),
                                a.maxOfThree() + b.maxOfThree()));
            }
        }
        return sums;
    }

    private static long n(CSVRecord r, String column) {
        return Long.parseLong(r.get(column));
    }
}
