package org.warledger.cli.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GedCsvParserTest {

  @Test
  void readsTheNewerLayoutWithIso3AndHxlTags() throws IOException {
    String hxl = String.join(",", GedCsv.DEFAULTS.keySet().stream()
        .map(c -> c.equals("region") ? "" : "#" + c.replace('_', '+')).toList());
    String csv = new GedCsv().raw(hxl).row().row("id", "102", "active_year", "0").toString();

    List<ParseResult<GedRow>> results = Results.ged(csv);

    assertThat(Results.errors(results)).isEmpty();
    List<GedRow> rows = Results.rows(results);
    assertThat(rows).extracting(GedRow::sourceId, GedRow::line, GedRow::activeYear)
        .containsExactly(tuple(101L, 3L, true),
            tuple(102L, 4L, false));
    GedRow row = rows.get(0);
    assertThat(row.dateStart()).isEqualTo(LocalDate.of(2019, 1, 5));
    assertThat(row.dateEnd()).isEqualTo(LocalDate.of(2019, 1, 6));
    assertThat(row.iso3()).isEqualTo("AFG");
    assertThat(row.countryCode()).isEqualTo("AF");
    assertThat(row.sideAId()).isEqualTo(130L);
    assertThat(List.of(row.best(), row.low(), row.high())).containsExactly(5L, 4L, 7L);
    assertThat(List.of(row.latitude(), row.longitude())).containsExactly(31.593, 64.371);
  }

  @Test
  void findsColumnsByNameInAnyOrderAndCase() throws IOException {
    String csv = "LOW_EST,High_Est,Best_Est,Deaths_Unknown,deaths_civilians,deaths_b,deaths_a,"
        + "date_end,date_start,date_prec,where_prec,longitude,latitude,country,side_b,side_a,"
        + "dyad_name,conflict_name,type_of_violence,year,ID,\n"
        + "1,3,2,2,0,0,0,03/27/1990 00:00:00,03/27/1990 00:00:00,1,1,68.37,25.38,Iran,B,A,"
        + "A - B,A - B,2,1990,7,\n";

    GedRow row = Results.rows(Results.ged(csv)).get(0);

    assertThat(row.sourceId()).isEqualTo(7);
    assertThat(List.of(row.low(), row.best(), row.high())).containsExactly(1L, 2L, 3L);
    assertThat(row.countryCode()).isEqualTo("IR");
    assertThat(row.activeYear()).isNull();
    assertThat(row.iso3()).isNull();
  }

  @Test
  void keepsCommasAndDoubledQuotesInsideQuotedFields() throws IOException {
    String csv = new GedCsv()
        .row("source_article", "AFP,2019-01-06,\"Taleban\" attack, officials say")
        .toString();
    assertThat(csv).contains("\"AFP,2019-01-06,\"\"Taleban\"\" attack, officials say\"");

    GedRow row = Results.rows(Results.ged(csv)).get(0);

    assertThat(row.sourceArticle()).isEqualTo("AFP,2019-01-06,\"Taleban\" attack, officials say");
    assertThat(row.best()).isEqualTo(5);
  }

  @Test
  void countsPhysicalLinesAcrossNewlinesInQuotedFieldsAndBlankLines() throws IOException {
    String csv = new GedCsv()
        .row("id", "1", "source_article", "(1) SATP\n\n(2) BBC Monitoring\r\n28 January 2010")
        .row("id", "2")
        .raw("")
        .row("id", "3", "best", "x")
        .toString()
        .replace("\n2,", "\r\n2,");

    List<ParseResult<GedRow>> results = Results.ged(csv);

    assertThat(results).extracting(ParseResult::line).containsExactly(2L, 6L, 8L);
    assertThat(Results.errors(results)).containsExactly("line 8: best: not a number 'x'");
  }

  @Test
  void reportsBadRowsWithLineAndColumnAndKeepsTheRest() throws IOException {
    String csv = new GedCsv()
        .row("id", "1")
        .row("id", "2", "best", "abc")
        .row("id", "3")
        .row("id", "")
        .row("id", "5", "date_start", "2019-02-30 00:00:00.000")
        .row("id", "6", "date_start", "2019-01-07", "date_end", "2019-01-06")
        .row("id", "7", "latitude", "95.1")
        .row("id", "8", "deaths_civilians", "-3")
        .raw("9,2019,1")
        .row("id", "10", "type_of_violence", "4")
        .row("id", "11")
        .toString();

    List<ParseResult<GedRow>> results = Results.ged(csv);

    assertThat(Results.errors(results)).containsExactly(
        "line 3: best: not a number 'abc'",
        "line 5: id: missing value",
        "line 6: date_start: not a date '2019-02-30 00:00:00.000'",
        "line 7: date_end: 2019-01-06 is before date_start 2019-01-07",
        "line 8: latitude: 95.1 is outside -90.0..90.0",
        "line 9: deaths_civilians: negative count -3",
        "line 10: has 3 fields, header has 31",
        "line 11: type_of_violence: 4 is outside 1..3");
    assertThat(Results.rows(results)).extracting(GedRow::sourceId).containsExactly(1L, 3L, 11L);
  }

  @Test
  void inconsistentEstimatesAreFlaggedByDefaultAndRefusedOnRequest() throws IOException {
    String csv = new GedCsv()
        .row("id", "1", "low", "9", "high", "7", "best", "8")
        .row("id", "2", "best", "8")
        .row("id", "3")
        .toString();

    List<ParseResult<GedRow>> lenient = Results.ged(csv);
    assertThat(Results.rows(lenient)).hasSize(3);
    assertThat(Results.warnings(lenient)).containsExactly(
        "line 2: low: 9 is above high 7", "line 3: best: 8 is above high 7");

    List<ParseResult<GedRow>> strict = Results.collect(
        new GedCsvParser(GedCsvParser.EstimateCheck.REJECT).parse(new StringReader(csv)));
    assertThat(Results.errors(strict)).containsExactly(
        "line 2: low: 9 is above high 7", "line 3: best: 8 is above high 7");
    assertThat(Results.rows(strict)).extracting(GedRow::sourceId).containsExactly(3L);
  }

  @Test
  void stopsWithAnErrorAtAnUnterminatedQuote() throws IOException {
    String csv = new GedCsv().row("id", "1").raw("2,2019,1,1,\"unterminated,Taleban")
        .raw("3,2019,1,1").toString();

    List<ParseResult<GedRow>> results = Results.ged(csv);

    assertThat(Results.rows(results)).extracting(GedRow::sourceId).containsExactly(1L);
    assertThat(Results.errors(results)).singleElement().asString()
        .startsWith("line 3: malformed CSV, rest of file not read");
  }

  @Test
  void refusesAHeaderWithoutRequiredColumnsBeforeAnyRow() {
    String csv = "id,year,low_est,high_est,date_end\n1,2019,1,2,2019-01-01\n";

    assertThatThrownBy(() -> new GedCsvParser().parse(new StringReader(csv)))
        .isInstanceOf(MissingColumnsException.class)
        .hasMessageContaining("best|best_est")
        .hasMessageContaining("date_start")
        .satisfies(e -> assertThat(((MissingColumnsException) e).missing())
            .doesNotContain("id", "low|low_est", "date_end"));
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> new GedCsvParser().parse(new StringReader("")))
        .isInstanceOf(MissingColumnsException.class);
  }
}
