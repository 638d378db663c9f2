package org.warledger.cli.importer;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers to split parse results into rows and errors. */
final class Results {

  private Results() {}

  static List<ParseResult<GedRow>> ged(String csv) throws IOException {
    return collect(new GedCsvParser().parse(new StringReader(csv)));
  }

  static List<ParseResult<AcledRow>> acled(String csv) throws IOException {
    return collect(new AcledCsvParser().parse(new StringReader(csv)));
  }

  static <T> List<ParseResult<T>> collect(Stream<ParseResult<T>> stream) {
    try (stream) {
      return stream.toList();
    }
  }

  static <T> List<T> rows(List<ParseResult<T>> results) {
    return results.stream()
        .filter(r -> r instanceof ParseResult.Parsed<T>)
        .map(r -> ((ParseResult.Parsed<T>) r).row())
        .toList();
  }

  static <T> List<String> errors(List<ParseResult<T>> results) {
    return results.stream()
        .filter(r -> r instanceof ParseResult.Failed<T>)
        .map(r -> ((ParseResult.Failed<T>) r).error().message())
        .toList();
  }

  static <T> List<String> warnings(List<ParseResult<T>> results) {
    return results.stream()
        .filter(r -> r instanceof ParseResult.Parsed<T>)
        .flatMap(r -> ((ParseResult.Parsed<T>) r).warnings().stream())
        .map(RowWarning::message)
        .toList();
  }
}
