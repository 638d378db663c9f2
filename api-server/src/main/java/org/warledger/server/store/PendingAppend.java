package org.warledger.server.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The serialized events of one unit of work, waiting for the appender. Completed with the global
 * position of the first event once the batch holding it is committed.
 */
record PendingAppend(List<EventRow> rows, String requestId, String fingerprint, CompletableFuture<Long> done) {
}
