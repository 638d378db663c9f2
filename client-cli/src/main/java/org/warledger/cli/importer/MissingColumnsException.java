package org.warledger.cli.importer;

import java.util.List;

/** The header lacks columns the layout needs; thrown before any row is read. */
public final class MissingColumnsException extends IllegalArgumentException {

  private final List<String> missing;

  MissingColumnsException(String layout, List<String> missing, List<String> header) {
    super(layout + " file lacks required column(s) " + missing + "; header was " + header);
    this.missing = List.copyOf(missing);
  }

  /** The missing columns by their canonical names (alternatives joined with '|'). */
  public List<String> missing() {
    return missing;
  }
}
