package org.warledger.projections.ceasefire;

import java.time.Instant;
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
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.Json;
import org.warledger.projections.support.Positions;

/** Keeps every ceasefire with all its events, for the ceasefire board. */
@ProcessingGroup(CeasefireViewProjection.GROUP)
public class CeasefireViewProjection {

    public static final String GROUP = "ceasefires";

    private final Jdbc jdbc;

    public CeasefireViewProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CeasefireReported e, @Timestamp Instant recordedAt, TrackingToken token) {
        long position = Positions.of(token);
        Instant sortAt = e.agreed().sortKey() != null ? e.agreed().sortKey() : recordedAt;
        jdbc.update("""
                INSERT INTO ceasefire_view (ceasefire_id, conflict_key, sort_at, position, doc, last_position)
                SELECT ?, ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM ceasefire_view WHERE ceasefire_id = ?)""",
                e.ceasefireId(), e.conflictKey(), sortAt.toEpochMilli(), position,
                Json.write(CeasefireView.of(e, recordedAt)), position, e.ceasefireId());
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
        jdbc.update("DELETE FROM ceasefire_view");
    }

    /** Adds the event to its ceasefire's document once: a redelivered event is skipped. */
    private void append(CeasefireEvent event, long position) {
        CeasefireView current = jdbc.queryOne(
                "SELECT doc FROM ceasefire_view WHERE ceasefire_id = ? AND last_position < ?",
                rs -> Json.read(rs.getString(1), CeasefireView.class), event.ceasefireId(), position);
        if (current != null) {
            jdbc.update("UPDATE ceasefire_view SET doc = ?, last_position = ? WHERE ceasefire_id = ? AND last_position < ?",
                    Json.write(current.with(event)), position, event.ceasefireId(), position);
        }
    }
}
