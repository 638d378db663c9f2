package org.warledger.server.audit;

import io.grpc.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.warledger.proto.v1.AuditEvent;
import org.warledger.proto.v1.AuditServiceGrpc;
import org.warledger.proto.v1.StreamEventsRequest;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;

/** Helpers for audit tests: writing a few strikes, reading streams. */
final class Events {

    private Events() {
    }

    /** Records {@code n} strikes in {@code conflict}; returns their ids. */
    static List<String> strikes(String conflict, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(Grpc.commands().recordStrike(Requests.strike(conflict).build()).getEntityId());
        }
        return ids;
    }

    /** Every event of a finite (non-following) stream. */
    static List<AuditEvent> all(StreamEventsRequest request) {
        List<AuditEvent> out = new ArrayList<>();
        Grpc.audit().streamEvents(request).forEachRemaining(out::add);
        return out;
    }

    /** The first {@code n} events of a stream, then the client disconnects. */
    static List<AuditEvent> firstThenDisconnect(StreamEventsRequest request, int n) {
        return firstThenDisconnect(Grpc.audit(), request, n);
    }

    /** The first {@code n} events of a stream read through {@code audit}, then the client disconnects. */
    static List<AuditEvent> firstThenDisconnect(AuditServiceGrpc.AuditServiceBlockingStub audit,
                                                StreamEventsRequest request, int n) {
        List<AuditEvent> out = new ArrayList<>();
        Context.CancellableContext context = Context.current().withCancellation();
        try {
            context.run(() -> {
                Iterator<AuditEvent> it = audit.streamEvents(request);
                while (out.size() < n && it.hasNext()) {
                    out.add(it.next());
                }
            });
        } finally {
            context.cancel(null);
        }
        return out;
    }

    static StreamEventsRequest.Builder conflict(String conflict) {
        return StreamEventsRequest.newBuilder().setConflictKey(conflict);
    }
}
