package org.warledger.cli.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports the whole real UCDP GED extract for Pakistan (older layout: best_est, MM/DD/YYYY dates,
 * True/False, trailing empty column, multi-line quoted fields). The file lives outside the repo
 * (see /work/shared/data/README.md); point {@code -Dwarledger.gedFile=...} at it elsewhere.
 */
class GedRealFileTest {

  private static final Path FILE = Path.of(System.getProperty("warledger.gedFile",
      "/work/shared/data/ucdp-ged-pakistan-1989-2019.csv"));

  private static List<ParseResult<GedRow>> results;

  @BeforeAll
  static void parseWholeFile() throws IOException {
    assertThat(FILE).as("GED test file; set -Dwarledger.gedFile").isRegularFile();
    results = Results.collect(new GedCsvParser().parse(FILE));
  }

  @Test
  void everyEventIsImportedWithoutErrors() {
    assertThat(Results.errors(results)).isEmpty();
    assertThat(Results.rows(results)).hasSize(5834);
  }

  @Test
  void perYearBestTotalsMatchAnIndependentSum() throws IOException {
    Map<Integer, Long> parsed = Results.rows(results).stream()
        .collect(Collectors.groupingBy(GedRow::year, TreeMap::new,
            Collectors.summingLong(GedRow::best)));

    Map<Integer, Long> independent = new TreeMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8);
         CSVParser csv = format.parse(in)) {
      for (CSVRecord record : csv) {
        independent.merge(Integer.parseInt(record.get("year")),
            Long.parseLong(record.get("best_est")), Long::sum);
      }
    }

    assertThat(parsed).isEqualTo(independent);
    assertThat(parsed).containsKeys(1990, 2009, 2019);
    assertThat(parsed.get(2009)).isGreaterThan(parsed.get(1990));
  }

  @Test
  void lineNumbersPointAtTheLineWhereEachRowStarts() throws IOException {
    List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    assertThat(lines).hasSizeGreaterThan(5835); // quoted fields span lines, so rows != lines

    for (GedRow row : Results.rows(results)) {
      assertThat(lines.get((int) row.line() - 1)).as("line %d", row.line())
          .startsWith(row.sourceId() + ",");
    }
  }

  @Test
  void readsTheOlderLayoutsQuirks() {
    GedRow first = Results.rows(results).get(0);
    assertThat(first.sourceId()).isEqualTo(51720);
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.activeYear()).isTrue();
    assertThat(first.dateStart()).isEqualTo("1990-03-27");
    assertThat(first.countryCode()).isEqualTo("PK");
    assertThat(first.sourceOriginal()).isEqualTo("Police");
    assertThat(Results.rows(results)).anySatisfy(r -> assertThat(r.sourceArticle()).contains("\n"));
    assertThat(Results.rows(results)).anySatisfy(r -> assertThat(r.sourceArticle()).contains("\""));
    assertThat(Results.rows(results)).anySatisfy(r -> assertThat(r.sourceOriginal()).isNull());
  }

  @Test
  void warnsAboutPublishedBestEstimatesOutsideTheirRange() {
    // The release itself has rows like best_est 2, low_est 1, high_est 1: they are imported
    // as published and flagged, not dropped.
    assertThat(Results.warnings(results)).isNotEmpty()
        .allSatisfy(w -> assertThat(w).matches("line \\d+: (best_est|low_est): .*"));
    assertThat(Results.warnings(results))
        .contains(lineOf(51811) + ": best_est: 2 is above high_est 1");
  }

  @Test
  void flagsExactlyTheRowsWhoseEstimatesAreOutOfOrder() throws IOException {
    long outOfOrder = 0;
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8);
         CSVParser csv = format.parse(in)) {
      for (CSVRecord record : csv) {
        long best = Long.parseLong(record.get("best_est"));
        long low = Long.parseLong(record.get("low_est"));
        long high = Long.parseLong(record.get("high_est"));
        outOfOrder += low <= best && best <= high ? 0 : 1;
      }
    }
    assertThat(Results.warnings(results)).hasSize((int) outOfOrder);
  }

  private static String lineOf(long id) {
    return "line " + Results.rows(results).stream()
        .filter(r -> r.sourceId() == id).findFirst().orElseThrow().line();
  }
}
