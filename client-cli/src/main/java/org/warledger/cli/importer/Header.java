package org.warledger.cli.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header line of one file, bound to the columns a layout asks for. */
final class Header {

  private final List<String> names;
  private final int width;
  private final Map<Column, Integer> index = new HashMap<>();

  private Header(List<String> names) {
    this.names = names;
    int w = names.size();
    while (w > 0 && names.get(w - 1).isEmpty()) {
      w--; // a trailing delimiter on the header line is not a column
    }
    this.width = w;
  }

  /** Binds {@code columns} by name; throws before any row is read when required ones are absent. */
  static Header bind(String layout, List<String> headerLine, List<Column> columns) {
    List<String> names = new ArrayList<>();
    for (String raw : headerLine) {
      names.add(raw.replace("\uFEFF", "").strip());
    }
    Header header = new Header(names);
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      byName.putIfAbsent(names.get(i).toLowerCase(Locale.ROOT), i);
    }
    List<String> missing = new ArrayList<>();
    for (Column column : columns) {
      column.names().stream().filter(byName::containsKey).findFirst()
          .ifPresentOrElse(n -> header.index.put(column, byName.get(n)),
              () -> { if (column.required()) missing.add(column.canonicalName()); });
    }
    if (!missing.isEmpty()) {
      throw new MissingColumnsException(layout, missing, names.subList(0, header.width));
    }
    return header;
  }

  /** Position of {@code column}, or -1 when this file does not have it. */
  int indexOf(Column column) {
    return index.getOrDefault(column, -1);
  }

  /** The column's name as this file spells it, for messages. */
  String nameOf(Column column) {
    int i = indexOf(column);
    return i < 0 ? column.names().get(0) : names.get(i);
  }

  /** Number of named columns. */
  int width() {
    return width;
  }
}
