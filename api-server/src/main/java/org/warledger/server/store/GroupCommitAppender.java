package org.warledger.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jboss.logging.Logger;
import org.warledger.chain.HashChain;

/**
 * The only writer of the event store. Concurrent units of work hand their events to one thread,
 * which appends whatever is waiting in a single transaction (group commit) and only then
 * acknowledges each of them: every acknowledged event is durable, and the cost of a durable
 * commit is shared by the whole batch.
 *
 * <p>Inside the transaction the chain head row is locked, so positions are gapless and follow
 * commit order even with several server nodes, and each event is bound into the hash chain
 * ({@link HashChain}). If a batch breaks a constraint (a concurrent write to the same entity, a
 * repeated request id), it is rolled back and its members are retried one transaction each, so
 * only the offending member fails. A batch is acknowledged only once it is in the file
 * ({@link CommitFlush}), also where the database writes other commits later.
 */
public class GroupCommitAppender implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GroupCommitAppender.class);
    private static final int MAX_BATCH = 512;

    private final DataSource dataSource;
    private final CommitFlush flush;
    private final BlockingQueue<PendingAppend> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final AtomicLong appended = new AtomicLong();
    private final AtomicLong headPosition = new AtomicLong();
    private volatile java.util.function.IntConsumer batchSizes = events -> { };
    private final List<java.util.function.LongConsumer> commitListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean running = true;

    public GroupCommitAppender(DataSource dataSource) {
        this.dataSource = dataSource;
        this.flush = CommitFlush.of(dataSource);
        this.writer = new Thread(this::run, "warledger-appender");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Appends the rows durably; returns the global position of the first one. */
    public long append(List<EventRow> rows, String requestId, String fingerprint) {
        if (!running) {
            throw new IllegalStateException("the event store is shutting down");
        }
        PendingAppend pending = new PendingAppend(rows, requestId, fingerprint, new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.done().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /**
     * Calls {@code listener} with the new head position after every committed batch, on the
     * writer thread: it must only signal (wake a reader), never block or read the database.
     */
    public void addCommitListener(java.util.function.LongConsumer listener) {
        commitListeners.add(listener);
    }

    /** Tells {@code sizes} the number of events of every committed batch (a metric), on the writer thread. */
    public void reportBatchSizes(java.util.function.IntConsumer sizes) {
        this.batchSizes = sizes;
    }

    /** Events appended by this node since start. */
    public long appendedCount() {
        return appended.get();
    }

    /** The last position this node appended or saw at the chain head. */
    public long headPosition() {
        return headPosition.get();
    }

    private void run() {
        List<PendingAppend> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                PendingAppend first = queue.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                writeBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                LOG.error("appender failed a batch", e);
                batch.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void writeBatch(List<PendingAppend> batch) {
        try {
            List<Long> firsts = writeInOneTransaction(batch);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(firsts.get(i));
            }
        } catch (SQLException e) {
            if (batch.size() == 1 || !isConstraintViolation(e)) {
                failAll(batch, e);
                return;
            }
            for (PendingAppend one : batch) {
                try {
                    one.done().complete(writeInOneTransaction(List.of(one)).get(0));
                } catch (SQLException single) {
                    failAll(List.of(one), single);
                }
            }
        }
    }

    private void failAll(List<PendingAppend> batch, SQLException e) {
        for (PendingAppend p : batch) {
            p.done().completeExceptionally(translate(p, e));
        }
    }

    private RuntimeException translate(PendingAppend p, SQLException e) {
        if (!isConstraintViolation(e)) {
            return new EventStoreException("append failed: " + e.getMessage(), e);
        }
        String message = String.valueOf(e.getMessage()).toLowerCase();
        if (message.contains("processed_request")) {
            return new DuplicateRequestException(p.requestId());
        }
        EventRow first = p.rows().get(0);
        if (first.sequenceNumber() == 0) {
            return new EntityAlreadyExistsException(first.aggregateId());
        }
        return new ConcurrencyException("entity " + first.aggregateId() + " was changed concurrently", e);
    }

    private List<Long> writeInOneTransaction(List<PendingAppend> batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Long> firsts = write(c, batch);
                c.commit();
                flush.afterCommit(c);
                int events = batch.stream().mapToInt(p -> p.rows().size()).sum();
                appended.addAndGet(events);
                batchSizes.accept(events);
                long head = headPosition.accumulateAndGet(
                        firsts.get(firsts.size() - 1) + batch.get(batch.size() - 1).rows().size() - 1, Math::max);
                notifyCommitted(head);
                return firsts;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private void notifyCommitted(long head) {
        for (java.util.function.LongConsumer listener : commitListeners) {
            try {
                listener.accept(head);
            } catch (RuntimeException e) {
                LOG.warn("a commit listener failed", e);
            }
        }
    }

    private List<Long> write(Connection c, List<PendingAppend> batch) throws SQLException {
        long position;
        String hash;
        try (PreparedStatement head = c.prepareStatement(
                "SELECT last_position, last_hash FROM event_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = head.executeQuery()) {
            rs.next();
            position = rs.getLong(1);
            hash = rs.getString(2);
        }
        List<Long> firsts = new ArrayList<>(batch.size());
        try (PreparedStatement requests = c.prepareStatement(
                "INSERT INTO processed_request (request_id, fingerprint, entity_id, first_position) VALUES (?, ?, ?, ?)");
             PreparedStatement events = c.prepareStatement("""
                     INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload,
                         payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type,
                         prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            boolean anyRequest = false;
            for (PendingAppend p : batch) {
                firsts.add(position + 1);
                if (p.requestId() != null) {
                    requests.setString(1, p.requestId());
                    requests.setString(2, p.fingerprint() == null ? "" : p.fingerprint());
                    requests.setString(3, p.rows().get(0).aggregateId());
                    requests.setLong(4, position + 1);
                    requests.addBatch();
                    anyRequest = true;
                }
                for (EventRow row : p.rows()) {
                    position++;
                    String next = HashChain.next(hash, StoredEvents.chained(position, row, hash, null));
                    events.setLong(1, position);
                    events.setString(2, row.eventId());
                    events.setString(3, row.metadata());
                    events.setString(4, row.payload());
                    events.setString(5, row.payloadRevision());
                    events.setString(6, row.payloadType());
                    events.setString(7, row.timestamp());
                    events.setString(8, row.aggregateId());
                    events.setLong(9, row.sequenceNumber());
                    events.setString(10, row.aggregateType());
                    events.setString(11, hash);
                    events.setString(12, next);
                    events.addBatch();
                    hash = next;
                }
            }
            if (anyRequest) {
                requests.executeBatch();
            }
            events.executeBatch();
        }
        try (PreparedStatement head = c.prepareStatement(
                "UPDATE event_chain_head SET last_position = ?, last_hash = ? WHERE id = 1")) {
            head.setLong(1, position);
            head.setString(2, hash);
            head.executeUpdate();
        }
        return firsts;
    }

    private static boolean isConstraintViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return e instanceof java.sql.SQLIntegrityConstraintViolationException;
    }

    @Override
    public void close() {
        running = false;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
