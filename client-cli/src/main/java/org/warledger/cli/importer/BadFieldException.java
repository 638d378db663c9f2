package org.warledger.cli.importer;

/** A field that makes its row unusable; caught per row and turned into a {@link RowError}. */
final class BadFieldException extends Exception {

  private final String column;

  BadFieldException(String column, String reason) {
    super(reason, null, false, false); // one per bad row: no stack trace needed
    this.column = column;
  }

  String column() {
    return column;
  }
}
