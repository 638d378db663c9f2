package org.warledger.cli.importer;

/**
 * A row that was not imported.
 *
 * @param line   1-based physical line on which the row starts in the file
 * @param column header name of the offending column as spelled in the file, or null when the
 *               problem is the row's shape (field count, broken quoting)
 * @param reason what is wrong, e.g. {@code not a number 'abc'}
 */
public record RowError(long line, String column, String reason) {

  /** The operator-facing form, e.g. {@code line 17: best_est: not a number 'abc'}. */
  public String message() {
    return column == null
        ? "line " + line + ": " + reason
        : "line " + line + ": " + column + ": " + reason;
  }

  @Override
  public String toString() {
    return message();
  }
}
