package org.warledger.cli.importer;

/**
 * Something odd about a row that was imported anyway, because the source published it that way
 * (e.g. a GED best estimate outside its own low–high range).
 *
 * @param line   1-based physical line on which the row starts
 * @param column header name of the column concerned, as spelled in the file
 * @param reason what is odd
 */
public record RowWarning(long line, String column, String reason) {

  /** The operator-facing form, e.g. {@code line 40: best_est: 12 is above high_est 10}. */
  public String message() {
    return "line " + line + ": " + column + ": " + reason;
  }

  @Override
  public String toString() {
    return message();
  }
}
