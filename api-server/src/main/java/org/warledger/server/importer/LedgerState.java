package org.warledger.server.importer;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.warledger.domain.claim.ClaimEvents.ClaimAsserted;
import org.warledger.domain.claim.ClaimEvents.ClaimRetracted;
import org.warledger.domain.claim.ClaimEvents.ClaimRevised;
import org.warledger.domain.common.Location;
import org.warledger.domain.common.Quantity;
import org.warledger.domain.common.TimeWindow;
import org.warledger.domain.strike.StrikeEvents.StrikeLocationCorrected;
import org.warledger.domain.strike.StrikeEvents.StrikeRecorded;
import org.warledger.domain.strike.StrikeEvents.StrikeTimeCorrected;

/**
 * What the ledger already holds for a record, read from the entities' own event streams (the
 * source of truth, written before a command is acknowledged; the read models may lag).
 */
final class LedgerState {

    /** A strike as currently recorded. */
    record StrikeNow(String conflictKey, Location location, TimeWindow occurred) {
    }

    /** A claim as currently recorded. */
    record ClaimNow(Quantity quantity, boolean retracted) {
    }

    private final EventStore store;

    LedgerState(EventStore store) {
        this.store = store;
    }

    boolean exists(String id) {
        return store.readEvents(id).hasNext();
    }

    /** The strike, or null if none has this id. */
    StrikeNow strike(String strikeId) {
        StrikeNow now = null;
        DomainEventStream events = store.readEvents(strikeId);
        while (events.hasNext()) {
            Object p = payload(events.next());
            if (p instanceof StrikeRecorded e) {
                now = new StrikeNow(e.conflictKey(), e.location(), e.occurred());
            } else if (p instanceof StrikeLocationCorrected e && now != null) {
                now = new StrikeNow(now.conflictKey(), e.location(), now.occurred());
            } else if (p instanceof StrikeTimeCorrected e && now != null) {
                now = new StrikeNow(now.conflictKey(), now.location(), e.occurred());
            }
        }
        return now;
    }

    /** The claims among {@code claimIds} that exist, by id. */
    Map<String, ClaimNow> claims(Iterable<String> claimIds) {
        Map<String, ClaimNow> found = new HashMap<>();
        for (String id : claimIds) {
            ClaimNow now = null;
            DomainEventStream events = store.readEvents(id);
            while (events.hasNext()) {
                Object p = payload(events.next());
                if (p instanceof ClaimAsserted e) {
                    now = new ClaimNow(e.quantity(), false);
                } else if (p instanceof ClaimRevised e && now != null) {
                    now = new ClaimNow(e.quantity(), now.retracted());
                } else if (p instanceof ClaimRetracted && now != null) {
                    now = new ClaimNow(now.quantity(), true);
                }
            }
            if (now != null) {
                found.put(id, now);
            }
        }
        return found;
    }

    private static Object payload(DomainEventMessage<?> m) {
        return m.getPayload();
    }
}
