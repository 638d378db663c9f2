package org.warledger.cli.importer;

import java.util.List;

/** One data row of an import file: either parsed into {@code T} or refused with a reason. */
public sealed interface ParseResult<T> {

  /** The 1-based physical line on which the row starts. */
  long line();

  /** A row that parsed; {@code warnings} lists oddities that did not stop the import. */
  record Parsed<T>(T row, long line, List<RowWarning> warnings) implements ParseResult<T> {
    public Parsed {
      warnings = List.copyOf(warnings);
    }
  }

  /** A row that was skipped. */
  record Failed<T>(RowError error) implements ParseResult<T> {
    @Override
    public long line() {
      return error.line();
    }
  }
}
