package org.warledger.cli.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/** Typed, validated access to the fields of one data row; problems become {@link BadFieldException}. */
final class CsvRow {

  private final CSVRecord record;
  private final Header header;
  private final long line;
  private final List<RowWarning> warnings = new ArrayList<>();

  CsvRow(CSVRecord record, Header header, long line) {
    this.record = record;
    this.header = header;
    this.line = line;
  }

  long line() {
    return line;
  }

  List<RowWarning> warnings() {
    return warnings;
  }

  void warn(Column column, String reason) {
    warnings.add(new RowWarning(line, name(column), reason));
  }

  String name(Column column) {
    return header.nameOf(column);
  }

  BadFieldException bad(Column column, String reason) {
    return new BadFieldException(name(column), reason);
  }

  /** The stripped value, or null when the column is absent or the cell blank. */
  String text(Column column) {
    int i = header.indexOf(column);
    if (i < 0 || i >= record.size()) {
      return null;
    }
    String value = record.get(i).strip();
    return value.isEmpty() ? null : value;
  }

  String requiredText(Column column) throws BadFieldException {
    String value = text(column);
    if (value == null) {
      throw bad(column, "missing value");
    }
    return value;
  }

  long requiredLong(Column column) throws BadFieldException {
    return parseLong(column, requiredText(column));
  }

  Long optionalLong(Column column) throws BadFieldException {
    String value = text(column);
    return value == null ? null : parseLong(column, value);
  }

  long count(Column column) throws BadFieldException {
    long value = requiredLong(column);
    if (value < 0) {
      throw bad(column, "negative count " + value);
    }
    return value;
  }

  int intInRange(Column column, int min, int max) throws BadFieldException {
    long value = requiredLong(column);
    if (value < min || value > max) {
      throw bad(column, value + " is outside " + min + ".." + max);
    }
    return (int) value;
  }

  double doubleInRange(Column column, double min, double max) throws BadFieldException {
    String value = requiredText(column);
    double d;
    try {
      d = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw bad(column, "not a number '" + value + "'");
    }
    if (!(d >= min && d <= max)) {
      throw bad(column, value + " is outside " + min + ".." + max);
    }
    return d;
  }

  LocalDate date(Column column, DateTimeFormatter format) throws BadFieldException {
    String value = requiredText(column);
    try {
      return format.parse(value, LocalDate::from);
    } catch (DateTimeException e) {
      throw bad(column, "not a date '" + value + "'");
    }
  }

  /** Accepts True/False (older GED) and 1/0 (newer GED); null when absent or blank. */
  Boolean optionalFlag(Column column) throws BadFieldException {
    String value = text(column);
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1" -> Boolean.TRUE;
      case "false", "0" -> Boolean.FALSE;
      default -> throw bad(column, "not a flag '" + value + "' (expected True/False or 1/0)");
    };
  }

  private long parseLong(Column column, String value) throws BadFieldException {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw bad(column, "not a number '" + value + "'");
    }
  }
}
