package org.warledger.projections.ceasefire;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireCollapsed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireEnded;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireEvent;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireRenewed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireReported;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireViolationAlleged;
import org.warledger.projections.support.DocTable;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.KeyedTable;
import org.warledger.projections.support.Positions;

/** Keeps every ceasefire with all its events, for the ceasefire board. */
@ProcessingGroup(CeasefireViewProjection.GROUP)
public class CeasefireViewProjection {

    public static final String GROUP = "ceasefires";

    private final DocTable<CeasefireView> ceasefires;

    public CeasefireViewProjection(Jdbc jdbc) {
        this.ceasefires = new DocTable<>(jdbc, KeyedTable.of("ceasefire_view", "ceasefire_id",
                List.of("ceasefire_id", "conflict_key", "sort_at", "position", "doc", "last_position")),
                CeasefireView.class);
    }

    @EventHandler
    void on(CeasefireReported e, @Timestamp Instant recordedAt, TrackingToken token) {
        long position = Positions.of(token);
        Instant sortAt = e.agreed().sortKey() != null ? e.agreed().sortKey() : recordedAt;
        ceasefires.insert(e.ceasefireId(), position, CeasefireView.of(e, recordedAt), DocTable.columns(
                "conflict_key", e.conflictKey(), "sort_at", sortAt.toEpochMilli(), "position", position));
    }

    @EventHandler
    void on(CeasefireViolationAlleged e, TrackingToken token) {
        append(e, Positions.of(token));
    }

    @EventHandler
    void on(CeasefireCollapsed e, TrackingToken token) {
        append(e, Positions.of(token));
    }

    @EventHandler
    void on(CeasefireEnded e, TrackingToken token) {
        append(e, Positions.of(token));
    }

    @EventHandler
    void on(CeasefireRenewed e, TrackingToken token) {
        append(e, Positions.of(token));
    }

    @ResetHandler
    void reset() {
        ceasefires.requestReset(GROUP);
    }

    /** Adds the event to its ceasefire's document once: a redelivered event is skipped. */
    private void append(CeasefireEvent event, long position) {
        ceasefires.change(event.ceasefireId(), position, current -> current.with(event));
    }
}
