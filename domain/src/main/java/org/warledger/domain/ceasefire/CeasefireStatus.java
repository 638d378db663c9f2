package org.warledger.domain.ceasefire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireCollapsed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireEnded;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireEvent;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireRenewed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireReported;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireViolationAlleged;
import org.warledger.domain.common.TimeWindow;

/**
 * The status of one ceasefire at a moment, derived from when things happened, never from the
 * order they were recorded in. Each fact is placed on the timeline at its window's
 * {@link TimeWindow#sortKey()} (a fact of entirely unknown time counts as having happened before
 * anything). Facts at the same instant apply in the order start, renewal, violation, collapse,
 * end, so the graver wins.
 */
public final class CeasefireStatus {

    /** Where a ceasefire stands at a moment. */
    public enum Status { REPORTED, IN_EFFECT, VIOLATED, COLLAPSED, ENDED }

    private CeasefireStatus() {
    }

    /**
     * The status at {@code at} of the ceasefire whose events (in any order) are given. Facts at
     * exactly {@code at} count; an {@code effectiveUntil} ends the ceasefire just after its instant.
     *
     * @throws IllegalArgumentException if the events hold no {@code CeasefireReported}
     */
    public static Status statusAt(Collection<? extends CeasefireEvent> events, Instant at) {
        Status status = Status.REPORTED;
        Instant until = null;
        for (Turn turn : timeline(events)) {
            if (turn.time() != null && turn.time().isAfter(at)) {
                break;
            }
            status = expired(status, until, turn.time());
            switch (turn.kind()) {
                case EFFECTIVE -> {
                    if (status == Status.REPORTED) {
                        status = Status.IN_EFFECT;
                        until = turn.until();
                    }
                }
                case RENEWAL -> {
                    status = Status.IN_EFFECT;
                    until = turn.until();
                }
                case VIOLATION -> status = status == Status.IN_EFFECT ? Status.VIOLATED : status;
                case COLLAPSE -> status = status == Status.ENDED ? status : Status.COLLAPSED;
                case END -> status = Status.ENDED;
            }
        }
        return expired(status, until, at);
    }

    private static Status expired(Status status, Instant until, Instant now) {
        boolean running = status == Status.IN_EFFECT || status == Status.VIOLATED;
        return running && until != null && now != null && now.isAfter(until) ? Status.ENDED : status;
    }

    private static List<Turn> timeline(Collection<? extends CeasefireEvent> events) {
        List<Turn> turns = new ArrayList<>();
        boolean reported = false;
        for (CeasefireEvent event : events) {
            if (event instanceof CeasefireReported e) {
                reported = true;
                Instant from = e.effectiveFrom() != null ? e.effectiveFrom() : e.agreed().sortKey();
                turns.add(new Turn(from, Turn.Kind.EFFECTIVE, e.effectiveUntil()));
            } else if (event instanceof CeasefireRenewed e) {
                turns.add(new Turn(e.renewedAt().sortKey(), Turn.Kind.RENEWAL, e.effectiveUntil()));
            } else if (event instanceof CeasefireViolationAlleged e) {
                turns.add(new Turn(e.occurred().sortKey(), Turn.Kind.VIOLATION, null));
            } else if (event instanceof CeasefireCollapsed e) {
                turns.add(new Turn(e.collapsedAt().sortKey(), Turn.Kind.COLLAPSE, null));
            } else if (event instanceof CeasefireEnded e) {
                turns.add(new Turn(e.endedAt().sortKey(), Turn.Kind.END, null));
            }
        }
        if (!reported) {
            throw new IllegalArgumentException("the events hold no CeasefireReported");
        }
        turns.sort(Comparator.comparing(Turn::time, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Turn::kind));
        return turns;
    }

    /** A fact placed on the timeline; {@code until} is the stated end of a (re)start. */
    private record Turn(Instant time, Kind kind, Instant until) {

        /** Order of application for facts at the same instant. */
        enum Kind { EFFECTIVE, RENEWAL, VIOLATION, COLLAPSE, END }
    }
}
