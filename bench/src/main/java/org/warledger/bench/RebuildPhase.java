package org.warledger.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.warledger.proto.v1.RebuildProgress;
import org.warledger.proto.v1.RebuildProjectionRequest;

/**
 * Rebuilds every read model with one {@code AdminService.RebuildProjection("")} call (the server
 * rebuilds them one after another) and times each from the end of the previous one (the call's
 * start for the first) to its {@code done} message. The server reports progress every 200 ms,
 * so each time is late by up to that much.
 */
final class RebuildPhase {

    /** One projection's replay: the head it replayed up to, and how long it took. */
    record Rebuild(String projection, long head, double seconds) {

        double eventsPerSecond() {
            return seconds <= 0 ? 0 : head / seconds;
        }
    }

    private RebuildPhase() {
    }

    static List<Rebuild> rebuildAll(Clients clients) {
        List<Rebuild> out = new ArrayList<>();
        long from = System.nanoTime();
        Iterator<RebuildProgress> progress = clients.admin().rebuildProjection(
                RebuildProjectionRequest.newBuilder().setProjection("").build());
        while (progress.hasNext()) {
            RebuildProgress p = progress.next();
            if (p.getDone()) {
                long now = System.nanoTime();
                Rebuild r = new Rebuild(p.getProjection(), p.getHeadPosition(), (now - from) / 1e9);
                System.out.printf("rebuild %-12s %,d events in %.2f s: %,.0f events/s%n", r.projection(), r.head(),
                        r.seconds(), r.eventsPerSecond());
                out.add(r);
                from = now;
            }
        }
        return out;
    }
}
