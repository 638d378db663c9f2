package org.warledger.cli.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the data rows of a CSV file with a header line, one {@link ParseResult} per row.
 * Shared by the layout parsers, which only say which columns they need and how to map a row.
 */
final class CsvImport<T> implements Iterator<ParseResult<T>> {

  /** Maps one row; throws when a field makes the row unusable. */
  interface RowMapper<T> {
    T map(CsvRow row) throws BadFieldException;
  }

  // Blank lines are kept as records (and skipped here) so that every physical line belongs to
  // some record: the start line of a record is then the end line of the one before plus one,
  // even when quoted fields span several lines.
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final RowMapper<T> mapper;
  private final Header header;
  private long lastLine;
  private boolean firstDataLine = true;
  private boolean stopped;
  private ParseResult<T> next;

  private CsvImport(String layout, CSVParser parser, List<Column> columns, RowMapper<T> mapper) {
    this.parser = parser;
    this.records = parser.iterator();
    this.mapper = mapper;
    CSVRecord headerLine = null;
    while (headerLine == null && records.hasNext()) {
      CSVRecord candidate = records.next();
      headerLine = isBlank(candidate) ? null : candidate;
    }
    lastLine = parser.getCurrentLineNumber();
    this.header = Header.bind(layout, headerLine == null ? List.of() : headerLine.toList(), columns);
  }

  static <T> Stream<ParseResult<T>> stream(
      String layout, Reader reader, List<Column> columns, RowMapper<T> mapper) throws IOException {
    CSVParser parser = FORMAT.parse(reader);
    try {
      CsvImport<T> rows = new CsvImport<>(layout, parser, columns, mapper);
      return StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
              false)
          .onClose(rows::close);
    } catch (RuntimeException e) {
      parser.close();
      throw e;
    }
  }

  static <T> Stream<ParseResult<T>> stream(
      String layout, Path file, List<Column> columns, RowMapper<T> mapper) throws IOException {
    Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    try {
      return stream(layout, reader, columns, mapper);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !stopped) {
      next = advance();
      stopped |= next == null;
    }
    return next != null;
  }

  @Override
  public ParseResult<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ParseResult<T> result = next;
    next = null;
    return result;
  }

  private ParseResult<T> advance() {
    while (true) {
      long start = lastLine + 1;
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return null;
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        if (!(e.getCause() instanceof CSVException broken)) {
          throw e;
        }
        // The lexer cannot resynchronise after broken quoting; what follows is not trustworthy.
        stopped = true;
        return new ParseResult.Failed<>(new RowError(start, null,
            "malformed CSV, rest of file not read: " + broken.getMessage()));
      }
      lastLine = parser.getCurrentLineNumber();
      if (isBlank(record)) {
        continue;
      }
      if (firstDataLine) {
        firstDataLine = false;
        if (isHxlTags(record)) {
          continue;
        }
      }
      return toResult(record, start);
    }
  }

  private ParseResult<T> toResult(CSVRecord record, long line) {
    if (record.size() < header.width() || hasExtraValues(record)) {
      return new ParseResult.Failed<>(new RowError(line, null,
          "has " + record.size() + " fields, header has " + header.width()));
    }
    CsvRow row = new CsvRow(record, header, line);
    try {
      return new ParseResult.Parsed<>(mapper.map(row), line, row.warnings());
    } catch (BadFieldException e) {
      return new ParseResult.Failed<>(new RowError(line, e.column(), e.getMessage()));
    }
  }

  /** Extra cells beyond the header are fine when empty: many exports end each row with a comma. */
  private boolean hasExtraValues(CSVRecord record) {
    for (int i = header.width(); i < record.size(); i++) {
      if (!record.get(i).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** HDX exports put a line of HXL hashtags ({@code #date+year}, ...) under the header. */
  private static boolean isHxlTags(CSVRecord record) {
    boolean anyTag = false;
    for (String value : record) {
      String v = value.strip();
      if (!v.isEmpty() && !v.startsWith("#")) {
        return false;
      }
      anyTag |= !v.isEmpty();
    }
    return anyTag;
  }

  private static boolean isBlank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isBlank();
  }

  private void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
