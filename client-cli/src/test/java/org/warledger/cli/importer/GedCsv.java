package org.warledger.cli.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/** Builds small GED files in the newer layout (best/low/high, ISO dates, 1/0, iso3). */
final class GedCsv {

  static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

  static {
    String[][] defaults = {
        {"id", "101"}, {"year", "2019"}, {"active_year", "1"}, {"type_of_violence", "1"},
        {"conflict_name", "Afghanistan: Government"},
        {"dyad_name", "Government of Afghanistan - Taleban"},
        {"side_a", "Government of Afghanistan"}, {"side_a_new_id", "130"},
        {"side_b", "Taleban"}, {"side_b_new_id", "303"},
        {"country", "Afghanistan"}, {"iso3", "AFG"}, {"region", "Asia"},
        {"adm_1", "Helmand province"}, {"adm_2", "Lashkar Gah district"},
        {"where_coordinates", "Lashkar Gah town"}, {"latitude", "31.593"}, {"longitude", "64.371"},
        {"where_prec", "1"}, {"date_prec", "1"},
        {"date_start", "2019-01-05 00:00:00.000"}, {"date_end", "2019-01-06 00:00:00.000"},
        {"source_article", "Reuters,2019-01-06"}, {"source_original", "provincial police"},
        {"deaths_a", "2"}, {"deaths_b", "3"}, {"deaths_civilians", "0"}, {"deaths_unknown", "0"},
        {"best", "5"}, {"high", "7"}, {"low", "4"},
    };
    for (String[] kv : defaults) {
      DEFAULTS.put(kv[0], kv[1]);
    }
  }

  private final List<String> columns;
  private final StringBuilder text = new StringBuilder();

  GedCsv(List<String> columns) {
    this.columns = columns;
    line(columns.toArray(String[]::new));
  }

  GedCsv() {
    this(List.copyOf(DEFAULTS.keySet()));
  }

  /** A data row: the defaults with {@code overrides} (name, value, name, value ...) applied. */
  GedCsv row(String... overrides) {
    Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    for (int i = 0; i < overrides.length; i += 2) {
      values.put(overrides[i], overrides[i + 1]);
    }
    List<String> cells = new ArrayList<>();
    columns.forEach(c -> cells.add(values.get(c)));
    return line(cells.toArray(String[]::new));
  }

  /** A raw line, appended as written. */
  GedCsv raw(String line) {
    text.append(line).append('\n');
    return this;
  }

  private GedCsv line(String... cells) {
    text.append(CSVFormat.DEFAULT.format((Object[]) cells)).append('\n');
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
