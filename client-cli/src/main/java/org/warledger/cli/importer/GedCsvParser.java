package org.warledger.cli.importer;

import static org.warledger.cli.importer.Column.optional;
import static org.warledger.cli.importer.Column.required;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads UCDP GED CSV exports of any release this project has met: estimates named
 * {@code best/low/high} or {@code best_est/low_est/high_est}, dates as
 * {@code YYYY-MM-DD HH:MM:SS.000} or {@code MM/DD/YYYY HH:MM:SS}, {@code active_year} as 1/0 or
 * True/False, optional {@code iso3} column and HXL tag line, trailing empty column. Columns are
 * found by name, so their order does not matter. Thread-safe; holds no state between calls.
 */
public final class GedCsvParser {

  /** What to do with a row whose best estimate lies outside its own low–high range. */
  public enum EstimateCheck {
    /** Import it with a {@link RowWarning}: published GED releases contain such rows. */
    WARN,
    /** Refuse it with a {@link RowError}. */
    REJECT
  }

  static final Column ID = required("id");
  static final Column YEAR = required("year");
  static final Column ACTIVE_YEAR = optional("active_year");
  static final Column TYPE_OF_VIOLENCE = required("type_of_violence");
  static final Column CONFLICT_NAME = required("conflict_name");
  static final Column DYAD_NAME = required("dyad_name");
  static final Column SIDE_A = required("side_a");
  static final Column SIDE_A_NEW_ID = optional("side_a_new_id");
  static final Column SIDE_A_DSET_ID = optional("side_a_dset_id");
  static final Column SIDE_B = required("side_b");
  static final Column SIDE_B_NEW_ID = optional("side_b_new_id");
  static final Column SIDE_B_DSET_ID = optional("side_b_dset_id");
  static final Column COUNTRY = required("country");
  static final Column ISO3 = optional("iso3");
  static final Column REGION = optional("region");
  static final Column ADM_1 = optional("adm_1");
  static final Column ADM_2 = optional("adm_2");
  static final Column WHERE_COORDINATES = optional("where_coordinates");
  static final Column LATITUDE = required("latitude");
  static final Column LONGITUDE = required("longitude");
  static final Column WHERE_PREC = required("where_prec");
  static final Column DATE_START = required("date_start");
  static final Column DATE_END = required("date_end");
  static final Column DATE_PREC = required("date_prec");
  static final Column SOURCE_ARTICLE = optional("source_article");
  static final Column SOURCE_ORIGINAL = optional("source_original");
  static final Column SOURCE_OFFICE = optional("source_office");
  static final Column SOURCE_DATE = optional("source_date");
  static final Column SOURCE_HEADLINE = optional("source_headline");
  static final Column DEATHS_A = required("deaths_a");
  static final Column DEATHS_B = required("deaths_b");
  static final Column DEATHS_CIVILIANS = required("deaths_civilians");
  static final Column DEATHS_UNKNOWN = required("deaths_unknown");
  static final Column BEST = required("best", "best_est");
  static final Column LOW = required("low", "low_est");
  static final Column HIGH = required("high", "high_est");

  private static final List<Column> COLUMNS = List.of(ID, YEAR, ACTIVE_YEAR, TYPE_OF_VIOLENCE,
      CONFLICT_NAME, DYAD_NAME, SIDE_A, SIDE_A_NEW_ID, SIDE_A_DSET_ID, SIDE_B, SIDE_B_NEW_ID,
      SIDE_B_DSET_ID, COUNTRY, ISO3, REGION, ADM_1, ADM_2, WHERE_COORDINATES, LATITUDE, LONGITUDE,
      WHERE_PREC, DATE_START, DATE_END, DATE_PREC, SOURCE_ARTICLE, SOURCE_ORIGINAL, SOURCE_OFFICE,
      SOURCE_DATE, SOURCE_HEADLINE, DEATHS_A, DEATHS_B, DEATHS_CIVILIANS, DEATHS_UNKNOWN, BEST,
      LOW, HIGH);

  /** {@code 2019-01-05 00:00:00.000}, {@code 01/05/2019 00:00:00}, or either without the time. */
  private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
      .appendPattern("[uuuu-MM-dd][MM/dd/uuuu]")
      .optionalStart().appendLiteral(' ').appendPattern("HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .optionalEnd()
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  private final EstimateCheck estimateCheck;

  /** A parser that imports rows with inconsistent estimates and warns about them. */
  public GedCsvParser() {
    this(EstimateCheck.WARN);
  }

  public GedCsvParser(EstimateCheck estimateCheck) {
    this.estimateCheck = estimateCheck;
  }

  /**
   * Streams the rows of {@code reader} lazily; closing the stream closes the reader.
   *
   * @throws MissingColumnsException when the header lacks a required column (before any row)
   */
  public Stream<ParseResult<GedRow>> parse(Reader reader) throws IOException {
    return CsvImport.stream("GED", reader, COLUMNS, this::toRow);
  }

  /** Streams the rows of a UTF-8 file; closing the stream closes the file. */
  public Stream<ParseResult<GedRow>> parse(Path file) throws IOException {
    return CsvImport.stream("GED", file, COLUMNS, this::toRow);
  }

  private GedRow toRow(CsvRow r) throws BadFieldException {
    long id = r.requiredLong(ID);
    LocalDate start = r.date(DATE_START, DATE);
    LocalDate end = r.date(DATE_END, DATE);
    if (end.isBefore(start)) {
      throw r.bad(DATE_END, end + " is before " + r.name(DATE_START) + " " + start);
    }
    long best = r.count(BEST);
    long low = r.count(LOW);
    long high = r.count(HIGH);
    checkEstimates(r, best, low, high);
    String country = r.requiredText(COUNTRY);
    String iso3 = r.text(ISO3);
    return new GedRow(id, r.intInRange(YEAR, 1946, 2999), r.optionalFlag(ACTIVE_YEAR),
        r.intInRange(TYPE_OF_VIOLENCE, 1, 3), r.requiredText(CONFLICT_NAME),
        r.requiredText(DYAD_NAME), r.requiredText(SIDE_A), sideId(r, SIDE_A_NEW_ID, SIDE_A_DSET_ID),
        r.requiredText(SIDE_B), sideId(r, SIDE_B_NEW_ID, SIDE_B_DSET_ID), country, iso3,
        CountryCodes.alpha2(country, iso3), r.text(REGION), r.text(ADM_1), r.text(ADM_2),
        r.text(WHERE_COORDINATES), r.doubleInRange(LATITUDE, -90, 90),
        r.doubleInRange(LONGITUDE, -180, 180), r.intInRange(WHERE_PREC, 1, 7), start, end,
        r.intInRange(DATE_PREC, 1, 5), r.text(SOURCE_ARTICLE), r.text(SOURCE_ORIGINAL),
        r.text(SOURCE_OFFICE), r.text(SOURCE_DATE), r.text(SOURCE_HEADLINE), r.count(DEATHS_A),
        r.count(DEATHS_B), r.count(DEATHS_CIVILIANS), r.count(DEATHS_UNKNOWN), best, low, high,
        r.line());
  }

  private void checkEstimates(CsvRow r, long best, long low, long high) throws BadFieldException {
    Column column;
    String problem;
    if (low > high) {
      column = LOW;
      problem = low + " is above " + r.name(HIGH) + " " + high;
    } else if (best < low) {
      column = BEST;
      problem = best + " is below " + r.name(LOW) + " " + low;
    } else if (best > high) {
      column = BEST;
      problem = best + " is above " + r.name(HIGH) + " " + high;
    } else {
      return;
    }
    if (estimateCheck == EstimateCheck.REJECT) {
      throw r.bad(column, problem);
    }
    r.warn(column, problem);
  }

  private static Long sideId(CsvRow r, Column preferred, Column fallback) throws BadFieldException {
    Long id = r.optionalLong(preferred);
    return id != null ? id : r.optionalLong(fallback);
  }
}
