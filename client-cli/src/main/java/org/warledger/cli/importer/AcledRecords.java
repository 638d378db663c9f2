package org.warledger.cli.importer;

import static org.warledger.cli.importer.Records.join;
import static org.warledger.cli.importer.Records.nonNull;

import com.google.protobuf.Timestamp;
import org.warledger.proto.v1.FigureSubject;
import org.warledger.proto.v1.ImportedRecord;
import org.warledger.proto.v1.Location;
import org.warledger.proto.v1.LocationPrecision;
import org.warledger.proto.v1.TimePrecision;
import org.warledger.proto.v1.TimeWindow;

/** An ACLED row as an import record. Mapping: docs/IMPORT.md. */
public final class AcledRecords {

    public static final String DATASET = "ACLED";

    private AcledRecords() {
    }

    /** {@code conflictKey} null: one conflict per country, {@code acled-<iso2>}. */
    public static ImportedRecord toRecord(AcledRow r, String release, String conflictKey) {
        String cc = CountryCodes.alpha2(r.country(), null);
        Timestamp day = Records.midnight(r.eventDate());
        return ImportedRecord.newBuilder().setDataset(DATASET).setSourceId(r.eventIdCnty())
                .setRelease(nonNull(release))
                .setConflictKey(conflictKey != null ? conflictKey : Records.conflictKey("acled", cc))
                .setSideA(nonNull(r.actor1())).setSideB(nonNull(r.actor2()))
                .setLocation(Location.newBuilder().setPlaceName(nonNull(r.location()))
                        .setRegion(join(", ", r.admin1(), r.admin2(), r.admin3())).setCountryCode(nonNull(cc))
                        .setLatitude(r.latitude()).setLongitude(r.longitude()).setPrecision(place(r.geoPrecision())))
                .setOccurred(TimeWindow.newBuilder().setStart(day).setEnd(day).setPrecision(time(r.timePrecision())))
                .setDescription(join("; ", join(" / ", r.disorderType(), r.eventType(), r.subEventType()),
                        r.interaction()))
                .setSources(join(" | ", r.source(), r.sourceScale()))
                .setNotes(nonNull(r.notes()))
                .setStatedAt(r.timestamp() != null
                        ? Timestamp.newBuilder().setSeconds(r.timestamp().getEpochSecond()).build() : day)
                .addFigures(Records.killed(FigureSubject.FIGURE_SUBJECT_ALL, r.fatalities(),
                        "fatalities " + r.fatalities()))
                .build();
    }

    private static LocationPrecision place(int geoPrecision) {
        return switch (geoPrecision) {
            case 1 -> LocationPrecision.LOCATION_PRECISION_EXACT;
            case 2 -> LocationPrecision.LOCATION_PRECISION_NEAR;
            default -> LocationPrecision.LOCATION_PRECISION_REGION;
        };
    }

    private static TimePrecision time(int timePrecision) {
        return switch (timePrecision) {
            case 1 -> TimePrecision.TIME_PRECISION_DAY;
            case 2 -> TimePrecision.TIME_PRECISION_WEEK;
            default -> TimePrecision.TIME_PRECISION_MONTH;
        };
    }
}
