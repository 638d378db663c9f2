package org.warledger.server.importer;

import java.time.Instant;
import java.util.List;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.Location;
import org.warledger.domain.common.Quantity;
import org.warledger.domain.common.TimeWindow;

/** One validated import record: everything needed to write it, before any name is resolved. */
record RecordPlan(String dataset, String sourceId, String release, String conflictKey, String sideA, String sideB,
                  Location location, TimeWindow occurred, String description, String sources, String sourceOriginal,
                  String notes, Instant statedAt, List<Figure> figures) {

    /** Whom a figure is about, relative to the record. */
    enum Subject { SIDE_A, SIDE_B, CIVILIANS, UNKNOWN, ALL }

    /** One figure; {@code index} is its position in the request, for error messages. */
    record Figure(int index, Subject subject, ClaimCategory category, Quantity quantity, String originalWords) {

        /** The part of the claim id that names this figure, e.g. {@code side-a-killed}. */
        String section() {
            return subject.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
                    + category.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The strike the event is recorded as: dataset and source id, nothing else. */
    String strikeId() {
        return dataset.toLowerCase(java.util.Locale.ROOT) + "-" + sourceId;
    }

    String claimId(Figure f) {
        return strikeId() + ":" + f.section();
    }

    String countryCode() {
        return location.countryCode();
    }
}
