package org.warledger.projections.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.warledger.domain.common.Location;
import org.warledger.domain.strike.StrikeEvents.StrikeLocationCorrected;
import org.warledger.domain.strike.StrikeEvents.StrikeOutcomeRecorded;
import org.warledger.domain.strike.StrikeEvents.StrikeRecorded;
import org.warledger.domain.strike.StrikeEvents.StrikeTimeCorrected;
import org.warledger.projections.support.Positions;

/** Puts strikes on the timeline and keeps them current as corrections and outcomes arrive. */
@ProcessingGroup(TimelineProjection.GROUP)
public class StrikeTimelineHandler {

    private final TimelineStore store;

    public StrikeTimelineHandler(TimelineStore store) {
        this.store = store;
    }

    public static String entryId(String strikeId) {
        return "strike:" + strikeId;
    }

    @EventHandler
    void on(StrikeRecorded e, @Timestamp Instant recordedAt, TrackingToken token) {
        Instant sortAt = e.occurred().sortKey() != null ? e.occurred().sortKey() : recordedAt;
        String methods = e.methods().stream().map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
        String title = e.attacker() + " strike (" + methods + "): " + e.targetDescription();
        store.insert(new TimelineEntry(entryId(e.strikeId()), TimelineKind.STRIKE, e.conflictKey(), e.strikeId(),
                e.occurred().start(), e.occurred().end(), e.occurred().precision(), sortAt,
                e.location().countryCode(), title, place(e.location()) + operation(e.operation()),
                List.of(e.attacker()), Set.of(), recordedAt, Positions.of(token)));
    }

    @EventHandler
    void on(StrikeLocationCorrected e, @Timestamp Instant recordedAt, TrackingToken token) {
        store.update(entryId(e.strikeId()), Positions.of(token), recordedAt,
                c -> c.countryCode(e.location().countryCode()).summary(place(e.location())).mark("corrected"));
    }

    @EventHandler
    void on(StrikeTimeCorrected e, @Timestamp Instant recordedAt, TrackingToken token) {
        store.update(entryId(e.strikeId()), Positions.of(token), recordedAt, c -> c.occurred(e.occurred()).mark("corrected"));
    }

    @EventHandler
    void on(StrikeOutcomeRecorded e, @Timestamp Instant recordedAt, TrackingToken token) {
        store.update(entryId(e.strikeId()), Positions.of(token), recordedAt,
                c -> c.mark(e.outcome().name().toLowerCase(Locale.ROOT)));
    }

    static String place(Location l) {
        StringBuilder s = new StringBuilder();
        if (l.placeName() != null && !l.placeName().isBlank()) {
            s.append(l.placeName()).append(", ");
        }
        if (l.region() != null && !l.region().isBlank()) {
            s.append(l.region()).append(", ");
        }
        return s.append(l.countryCode()).toString();
    }

    private static String operation(String operation) {
        return operation == null || operation.isBlank() ? "" : " — operation " + operation;
    }
}
