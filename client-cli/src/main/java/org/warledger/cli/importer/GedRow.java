package org.warledger.cli.importer;

import java.time.LocalDate;

/**
 * One event of the UCDP Georeferenced Event Dataset, as published (nothing recomputed).
 * Text fields are null when the cell is blank or the release lacks the column.
 *
 * @param sourceId        GED {@code id}
 * @param year            GED {@code year}
 * @param activeYear      {@code active_year} (True/False or 1/0); null when absent
 * @param typeOfViolence  1 state-based, 2 non-state, 3 one-sided
 * @param sideAId         {@code side_a_new_id}, falling back to {@code side_a_dset_id}; nullable
 * @param sideBId         likewise for side B; nullable
 * @param iso3            the {@code iso3} column of HDX exports; nullable
 * @param countryCode     ISO 3166-1 alpha-2 derived from {@code country} (or {@code iso3}); null
 *                        when unknown
 * @param region          GED {@code region}, e.g. "Asia"
 * @param adm1            first-order administrative division ({@code adm_1})
 * @param adm2            second-order administrative division ({@code adm_2})
 * @param whereCoordinates the place the coordinates stand for
 * @param wherePrec       spatial precision 1 (exact place) .. 7 (international waters/air)
 * @param dateStart       first possible day of the event
 * @param dateEnd         last possible day, never before {@code dateStart}
 * @param datePrec        temporal precision 1 (day) .. 5 (more than a month)
 * @param sourceOriginal  original speaker, e.g. "ISPR", "police"; often null
 * @param best            best estimate of all deaths ({@code best} or {@code best_est})
 * @param low             low estimate ({@code low} or {@code low_est})
 * @param high            high estimate ({@code high} or {@code high_est})
 * @param line            1-based physical line on which the row starts in the file
 */
public record GedRow(
    long sourceId,
    int year,
    Boolean activeYear,
    int typeOfViolence,
    String conflictName,
    String dyadName,
    String sideA,
    Long sideAId,
    String sideB,
    Long sideBId,
    String country,
    String iso3,
    String countryCode,
    String region,
    String adm1,
    String adm2,
    String whereCoordinates,
    double latitude,
    double longitude,
    int wherePrec,
    LocalDate dateStart,
    LocalDate dateEnd,
    int datePrec,
    String sourceArticle,
    String sourceOriginal,
    String sourceOffice,
    String sourceDate,
    String sourceHeadline,
    long deathsA,
    long deathsB,
    long deathsCivilians,
    long deathsUnknown,
    long best,
    long low,
    long high,
    long line) {}
