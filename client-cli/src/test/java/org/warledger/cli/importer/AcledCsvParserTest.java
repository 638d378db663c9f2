package org.warledger.cli.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcledCsvParserTest {

  private static final String HEADER = "event_id_cnty,event_date,year,time_precision,"
      + "disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,"
      + "assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,"
      + "admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
      + "tags,timestamp\n";

  private static final String STRIKE = ",1,Political violence,Explosions/Remote violence,"
      + "Air/drone strike,Military Forces of Pakistan (2022-),,State forces,"
      + "TTP: Tehreek-i-Taliban Pakistan,,Rebel group,State forces-Rebel group,,586,"
      + "Caucasus and Central Asia,Pakistan,Khyber Pakhtunkhwa,North Waziristan,Mir Ali,Mir Ali,"
      + "33.0188,70.0597,2,Dawn; Express Tribune,National,";

  @Test
  void readsTheCurrentLayoutInBothDateFormats() throws IOException {
    String csv = HEADER
        + "PAK140001,27 February 2026,2026" + STRIKE
        + "\"On 27 February 2026, a drone hit a compound, killing \"\"3 militants\"\".\",3,,"
        + "1772409600\n"
        + "PAK140002,2026-02-28,2026" + STRIKE + "Drone strike.,0,crowd size=no report,\n";

    List<ParseResult<AcledRow>> results = Results.acled(csv);

    assertThat(Results.errors(results)).isEmpty();
    List<AcledRow> rows = Results.rows(results);
    AcledRow first = rows.get(0);
    assertThat(first.eventDate()).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(first.notes())
        .isEqualTo("On 27 February 2026, a drone hit a compound, killing \"3 militants\".");
    assertThat(first.fatalities()).isEqualTo(3);
    assertThat(first.iso()).isEqualTo(586);
    assertThat(first.inter1()).isEqualTo("State forces");
    assertThat(first.civilianTargeting()).isFalse();
    assertThat(first.timestamp()).isEqualTo(Instant.ofEpochSecond(1772409600L));
    assertThat(first.line()).isEqualTo(2);
    AcledRow second = rows.get(1);
    assertThat(second.eventDate()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(second.tags()).isEqualTo("crowd size=no report");
    assertThat(second.timestamp()).isNull();
    assertThat(second.line()).isEqualTo(3);
  }

  @Test
  void reportsBadRowsAndKeepsTheRest() throws IOException {
    String csv = HEADER
        + "PAK1,2026-02-01,2026" + STRIKE + "ok,1,,\n"
        + "PAK2,2026-02-02,2026" + STRIKE + "bad,many,,\n"
        + "PAK3,31 February 2026,2026" + STRIKE + "bad,1,,\n"
        + "PAK4,2025-12-31,2026" + STRIKE + "bad,1,,\n"
        + "PAK5,2026-02-05,2026" + STRIKE.replace("70.0597", "270.1") + "bad,1,,\n"
        + "PAK6,2026-02-06,2026" + STRIKE + "ok,0,,\n";

    List<ParseResult<AcledRow>> results = Results.acled(csv);

    assertThat(Results.errors(results)).containsExactly(
        "line 3: fatalities: not a number 'many'",
        "line 4: event_date: not a date '31 February 2026'",
        "line 5: year: 2026 does not match event_date 2025-12-31",
        "line 6: longitude: 270.1 is outside -180.0..180.0");
    assertThat(Results.rows(results)).extracting(AcledRow::eventIdCnty)
        .containsExactly("PAK1", "PAK6");
  }

  @Test
  void refusesAFileThatIsNotAcled() {
    String ged = "id,year,best,low,high\n1,2019,1,1,1\n";

    assertThatThrownBy(() -> new AcledCsvParser().parse(new StringReader(ged)))
        .isInstanceOf(MissingColumnsException.class)
        .hasMessageStartingWith("ACLED file lacks required column(s) [event_id_cnty, event_date");
  }
}
