package org.warledger.cli.importer;

import java.util.List;
import java.util.Locale;

/**
 * A column as different releases of one layout name it (e.g. {@code best} or {@code best_est}).
 * Names are matched case-insensitively. {@code required} means the header must have it.
 */
record Column(List<String> names, boolean required) {

  static Column required(String... names) {
    return new Column(lower(names), true);
  }

  static Column optional(String... names) {
    return new Column(lower(names), false);
  }

  String canonicalName() {
    return String.join("|", names);
  }

  private static List<String> lower(String... names) {
    return List.of(names).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }
}
