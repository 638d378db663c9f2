package org.warledger.cli.importer;

import static org.warledger.cli.importer.Column.optional;
import static org.warledger.cli.importer.Column.required;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads ACLED CSV exports. Columns are found by name; the current layout has 31 (event_id_cnty,
 * event_date, ..., fatalities, tags, timestamp); columns older layouts lack are optional.
 * Thread-safe; holds no state between calls.
 */
public final class AcledCsvParser {

  static final Column EVENT_ID_CNTY = required("event_id_cnty");
  static final Column EVENT_DATE = required("event_date");
  static final Column YEAR = required("year");
  static final Column TIME_PRECISION = required("time_precision");
  static final Column DISORDER_TYPE = optional("disorder_type");
  static final Column EVENT_TYPE = required("event_type");
  static final Column SUB_EVENT_TYPE = required("sub_event_type");
  static final Column ACTOR1 = required("actor1");
  static final Column ASSOC_ACTOR_1 = optional("assoc_actor_1");
  static final Column INTER1 = optional("inter1");
  static final Column ACTOR2 = optional("actor2");
  static final Column ASSOC_ACTOR_2 = optional("assoc_actor_2");
  static final Column INTER2 = optional("inter2");
  static final Column INTERACTION = optional("interaction");
  static final Column CIVILIAN_TARGETING = optional("civilian_targeting");
  static final Column ISO = optional("iso");
  static final Column REGION = optional("region");
  static final Column COUNTRY = required("country");
  static final Column ADMIN1 = optional("admin1");
  static final Column ADMIN2 = optional("admin2");
  static final Column ADMIN3 = optional("admin3");
  static final Column LOCATION = optional("location");
  static final Column LATITUDE = required("latitude");
  static final Column LONGITUDE = required("longitude");
  static final Column GEO_PRECISION = required("geo_precision");
  static final Column SOURCE = optional("source");
  static final Column SOURCE_SCALE = optional("source_scale");
  static final Column NOTES = optional("notes");
  static final Column FATALITIES = required("fatalities");
  static final Column TAGS = optional("tags");
  static final Column TIMESTAMP = optional("timestamp");

  private static final List<Column> COLUMNS = List.of(EVENT_ID_CNTY, EVENT_DATE, YEAR,
      TIME_PRECISION, DISORDER_TYPE, EVENT_TYPE, SUB_EVENT_TYPE, ACTOR1, ASSOC_ACTOR_1, INTER1,
      ACTOR2, ASSOC_ACTOR_2, INTER2, INTERACTION, CIVILIAN_TARGETING, ISO, REGION, COUNTRY, ADMIN1,
      ADMIN2, ADMIN3, LOCATION, LATITUDE, LONGITUDE, GEO_PRECISION, SOURCE, SOURCE_SCALE, NOTES,
      FATALITIES, TAGS, TIMESTAMP);

  /** {@code 2026-02-27} or {@code 27 February 2026}. */
  private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .appendPattern("[uuuu-MM-dd][d MMMM uuuu]")
      .toFormatter(Locale.ENGLISH)
      .withResolverStyle(ResolverStyle.STRICT);

  /**
   * Streams the rows of {@code reader} lazily; closing the stream closes the reader.
   *
   * @throws MissingColumnsException when the header lacks a required column (before any row)
   */
  public Stream<ParseResult<AcledRow>> parse(Reader reader) throws IOException {
    return CsvImport.stream("ACLED", reader, COLUMNS, AcledCsvParser::toRow);
  }

  /** Streams the rows of a UTF-8 file; closing the stream closes the file. */
  public Stream<ParseResult<AcledRow>> parse(Path file) throws IOException {
    return CsvImport.stream("ACLED", file, COLUMNS, AcledCsvParser::toRow);
  }

  private static AcledRow toRow(CsvRow r) throws BadFieldException {
    String id = r.requiredText(EVENT_ID_CNTY);
    LocalDate date = r.date(EVENT_DATE, DATE);
    int year = r.intInRange(YEAR, 1900, 2999);
    if (year != date.getYear()) {
      throw r.bad(YEAR, year + " does not match " + r.name(EVENT_DATE) + " " + date);
    }
    Long iso = r.optionalLong(ISO);
    if (iso != null && (iso < 0 || iso > 999)) {
      throw r.bad(ISO, iso + " is not an ISO 3166-1 numeric code");
    }
    Long timestamp = r.optionalLong(TIMESTAMP);
    return new AcledRow(id, date, year, r.intInRange(TIME_PRECISION, 1, 3), r.text(DISORDER_TYPE),
        r.requiredText(EVENT_TYPE), r.requiredText(SUB_EVENT_TYPE), r.requiredText(ACTOR1),
        r.text(ASSOC_ACTOR_1), r.text(INTER1), r.text(ACTOR2), r.text(ASSOC_ACTOR_2),
        r.text(INTER2), r.text(INTERACTION), r.text(CIVILIAN_TARGETING) != null,
        iso == null ? null : iso.intValue(), r.text(REGION), r.requiredText(COUNTRY),
        r.text(ADMIN1), r.text(ADMIN2), r.text(ADMIN3), r.text(LOCATION),
        r.doubleInRange(LATITUDE, -90, 90), r.doubleInRange(LONGITUDE, -180, 180),
        r.intInRange(GEO_PRECISION, 1, 3), r.text(SOURCE), r.text(SOURCE_SCALE), r.text(NOTES),
        r.count(FATALITIES), r.text(TAGS),
        timestamp == null ? null : Instant.ofEpochSecond(timestamp), r.line());
  }
}
