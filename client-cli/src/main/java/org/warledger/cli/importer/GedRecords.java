package org.warledger.cli.importer;

import static org.warledger.cli.importer.Records.join;
import static org.warledger.cli.importer.Records.killed;
import static org.warledger.cli.importer.Records.nonNull;

import org.warledger.proto.v1.ClaimCategory;
import org.warledger.proto.v1.FigureSubject;
import org.warledger.proto.v1.ImportedFigure;
import org.warledger.proto.v1.ImportedRecord;
import org.warledger.proto.v1.Location;
import org.warledger.proto.v1.LocationPrecision;
import org.warledger.proto.v1.Quantity;
import org.warledger.proto.v1.QuantityKind;
import org.warledger.proto.v1.TimePrecision;
import org.warledger.proto.v1.TimeWindow;

/** A UCDP GED row as an import record. Mapping: docs/IMPORT.md. */
public final class GedRecords {

    public static final String DATASET = "UCDP-GED";

    private GedRecords() {
    }

    /** {@code conflictKey} null: one conflict per country, {@code ucdp-ged-<iso2>}. */
    public static ImportedRecord toRecord(GedRow r, String release, String conflictKey) {
        var b = ImportedRecord.newBuilder().setDataset(DATASET).setSourceId(Long.toString(r.sourceId()))
                .setRelease(nonNull(release))
                .setConflictKey(conflictKey != null ? conflictKey : Records.conflictKey("ucdp-ged", r.countryCode()))
                .setSideA(r.sideA()).setSideB(nonNull(r.sideB()))
                .setLocation(Location.newBuilder().setPlaceName(nonNull(r.whereCoordinates()))
                        .setRegion(join(", ", r.adm1(), r.adm2())).setCountryCode(nonNull(r.countryCode()))
                        .setLatitude(r.latitude()).setLongitude(r.longitude()).setPrecision(place(r.wherePrec())))
                .setOccurred(TimeWindow.newBuilder().setStart(Records.midnight(r.dateStart()))
                        .setEnd(Records.midnight(r.dateEnd())).setPrecision(r.datePrec() == 5
                                ? TimePrecision.TIME_PRECISION_UNKNOWN : TimePrecision.TIME_PRECISION_DAY))
                .setDescription(r.conflictName() + ": " + r.dyadName() + " (" + violence(r.typeOfViolence())
                        + "; where_prec " + r.wherePrec() + ", date_prec " + r.datePrec() + ")")
                .setSources(join(" | ", r.sourceArticle(), r.sourceOffice(), r.sourceDate(), r.sourceHeadline()))
                .setSourceOriginal(nonNull(r.sourceOriginal()))
                .setStatedAt(Records.midnight(r.dateEnd()));
        b.addFigures(killed(FigureSubject.FIGURE_SUBJECT_SIDE_A, r.deathsA(), "deaths_a " + r.deathsA()));
        if (!isCivilians(r.sideB())) {
            // One-sided violence names civilians as side B; deaths_civilians is their figure.
            b.addFigures(killed(FigureSubject.FIGURE_SUBJECT_SIDE_B, r.deathsB(), "deaths_b " + r.deathsB()));
        }
        b.addFigures(killed(FigureSubject.FIGURE_SUBJECT_CIVILIANS, r.deathsCivilians(),
                "deaths_civilians " + r.deathsCivilians()));
        b.addFigures(killed(FigureSubject.FIGURE_SUBJECT_UNKNOWN, r.deathsUnknown(),
                "deaths_unknown " + r.deathsUnknown()));
        b.addFigures(total(r));
        return b.build();
    }

    /**
     * The event total, low–high with best. A few published rows have low above high or best outside
     * low–high; the stored range is then the smallest one holding all three published numbers
     * (best kept as published), and the published words are kept verbatim.
     */
    static ImportedFigure total(GedRow r) {
        long low = Math.min(r.low(), Math.min(r.best(), r.high()));
        long high = Math.max(r.high(), Math.max(r.best(), r.low()));
        return ImportedFigure.newBuilder().setSubject(FigureSubject.FIGURE_SUBJECT_ALL)
                .setCategory(ClaimCategory.CLAIM_CATEGORY_KILLED)
                .setQuantity(Quantity.newBuilder().setKind(QuantityKind.QUANTITY_KIND_BETWEEN).setLow(low)
                        .setHigh(high).setBest(r.best()))
                .setOriginalWords("low " + r.low() + ", best " + r.best() + ", high " + r.high()).build();
    }

    static boolean isCivilians(String side) {
        return side != null && side.strip().equalsIgnoreCase("civilians");
    }

    private static String violence(int type) {
        return switch (type) {
            case 1 -> "state-based";
            case 2 -> "non-state";
            default -> "one-sided";
        };
    }

    /** where_prec: 1 exact, 2 within 25 km, 3 adm2, 4 adm1, 5 larger than adm1, 6 country, 7 waters/air. */
    private static LocationPrecision place(int wherePrec) {
        return switch (wherePrec) {
            case 1 -> LocationPrecision.LOCATION_PRECISION_EXACT;
            case 2 -> LocationPrecision.LOCATION_PRECISION_NEAR;
            case 3 -> LocationPrecision.LOCATION_PRECISION_DISTRICT;
            case 4, 5 -> LocationPrecision.LOCATION_PRECISION_REGION;
            case 6 -> LocationPrecision.LOCATION_PRECISION_COUNTRY;
            default -> LocationPrecision.LOCATION_PRECISION_UNKNOWN;
        };
    }
}
