package org.warledger.cli.importer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event of an ACLED export (current 31-column layout), as published. Text fields are null
 * when blank or absent. {@code inter1}, {@code inter2} and {@code interaction} stay text because
 * ACLED has written them both as numeric codes and as words ("State forces").
 *
 * @param timePrecision     1 (day) .. 3 (month)
 * @param civilianTargeting true when the {@code civilian_targeting} cell is filled
 * @param iso               ISO 3166-1 numeric country code; nullable
 * @param geoPrecision      1 (exact place) .. 3 (region)
 * @param timestamp         when ACLED last changed the row (Unix seconds in the file); nullable
 * @param line              1-based physical line on which the row starts in the file
 */
public record AcledRow(
    String eventIdCnty,
    LocalDate eventDate,
    int year,
    int timePrecision,
    String disorderType,
    String eventType,
    String subEventType,
    String actor1,
    String assocActor1,
    String inter1,
    String actor2,
    String assocActor2,
    String inter2,
    String interaction,
    boolean civilianTargeting,
    Integer iso,
    String region,
    String country,
    String admin1,
    String admin2,
    String admin3,
    String location,
    double latitude,
    double longitude,
    int geoPrecision,
    String source,
    String sourceScale,
    String notes,
    long fatalities,
    String tags,
    Instant timestamp,
    long line) {}
