package org.warledger.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;

/**
 * Keeps the embedded H2 file near the size of its live data while the server runs.
 *
 * <p>H2 writes every commit as a new chunk at a free place in its file. A chunk's space is reused
 * only once none of its pages is live any more, and pages that stay live for good (a full leaf of
 * the event table, say) keep alive chunks whose other pages died long ago. H2 rewrites such pages
 * only in its background writer, which does not run with {@code WRITE_DELAY=0}, the server's
 * durability setting (h2database issue #442); the file then grew by 8 to 19 KB per event (2.5 GB
 * at 100,000 events, 8.9 GB at 1.13M, ten to twenty times the live data).
 *
 * <p>One {@link #compactOnce() pass} rewrites the live pages of the emptiest chunks, at most
 * {@code bytesPerPass} of them, into the next commit, so the old chunks die and their space is
 * reused. The rewrite is H2's own ({@link MVStore#compact(int, int)}), the one its background
 * writer runs: it only moves pages, never changes a value. A pass holds H2's store lock, which
 * commits also take, so passes are spaced out by the caller ({@code StoreCompaction}) and kept
 * small, and smaller still while commits are being written: a pass rewrites at most an eighth of
 * {@code bytesPerPass} if the file was written since the last pass. (Full 2 MB passes on a
 * 1M-event store held the lock for 41 ms on average and tripled the p99 of commands at 1,000/s.)
 * Those smaller passes still took tens of milliseconds on a 1M-event store, whose chunks each pass
 * looks through, so while commits are being written passes also keep to a share of the time
 * ({@code busyPercent}): after one that took d, the next waits until d is that share of the time
 * since it began. As H2's own writer does, it compacts the most when the store is quiet, and then
 * stores the moved pages itself.
 *
 * <p>A dead chunk's space is reused only after H2's retention time, 45 s by default: H2 does not
 * force its writes to disk, so it waits that long (longer than the operating system keeps written
 * data in memory) before it overwrites anything the disk's copy of the file might still need
 * after a power loss. Under a burst of appends those 45 s are a lot of file. {@link
 * #retainFor(int)} shortens them; from then on every pass first forces the file to disk ({@code
 * fsync}), so with passes every second a retention of a few seconds keeps H2's margin. The forced
 * writes cost appends (docs/BENCHMARKS.md), so that is an operator's choice, not the default.
 */
public final class H2FileCompactor {

    /** While commits are being written, a pass rewrites at most this fraction of {@code bytesPerPass}. */
    static final int BUSY_SHARE = 8;

    /** What a call of {@link #compactOnce()} did. */
    public enum Pass {
        /** Live pages were rewritten. */
        REWROTE,
        /** The file's chunks are full enough, or none is old enough, or the store is closed or was locked. */
        NOTHING_TO_DO,
        /** Commits are being written, and the last pass while they were has not had its share of the time yet. */
        DEFERRED
    }

    private final MVStore store;
    private final int fillRate;
    private final int bytesPerPass;
    private final int busyPercent;
    private final LongSupplier nanoClock;
    private volatile boolean syncEachPass;
    private long writesAtLastPass = -1;
    private boolean busyPassRan;
    private long busyPassesFrom;

    H2FileCompactor(MVStore store, int fillRate, int bytesPerPass, int busyPercent, LongSupplier nanoClock) {
        if (fillRate < 1 || fillRate > 99) {
            throw new IllegalArgumentException("fill rate must be between 1 and 99 per cent, not " + fillRate);
        }
        if (bytesPerPass < 1) {
            throw new IllegalArgumentException("bytes per pass must be positive, not " + bytesPerPass);
        }
        if (busyPercent < 0 || busyPercent > 100) {
            throw new IllegalArgumentException("busy share must be between 0 and 100 per cent, not " + busyPercent);
        }
        this.store = store;
        this.fillRate = fillRate;
        this.bytesPerPass = bytesPerPass;
        this.busyPercent = busyPercent;
        this.nanoClock = nanoClock;
    }

    /**
     * The compactor for the H2 file behind {@code dataSource}; empty for any other database and
     * for an H2 database that has no file (in memory).
     *
     * @param fillRate chunks whose live share is at most this percentage are rewritten, and only
     *                 while the file's chunks as a whole are below it
     * @param bytesPerPass the most live data one pass rewrites
     */
    public static Optional<H2FileCompactor> of(DataSource dataSource, int fillRate, int bytesPerPass) {
        return of(dataSource, fillRate, bytesPerPass, 100, System::nanoTime);
    }

    /**
     * As {@link #of(DataSource, int, int)}, with passes while commits are being written limited to
     * {@code busyPercent} of the time (measured by {@code nanoClock}): after such a pass took d, the
     * next one waits until d is that share of the time since the pass began. 0 defers every pass
     * until the store is quiet; 100 lets every call run one.
     */
    public static Optional<H2FileCompactor> of(DataSource dataSource, int fillRate, int bytesPerPass,
                                               int busyPercent, LongSupplier nanoClock) {
        try (Connection c = dataSource.getConnection()) {
            if (!"H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())
                    || !c.isWrapperFor(JdbcConnection.class)) {
                return Optional.empty();
            }
            JdbcConnection h2 = c.unwrap(JdbcConnection.class);
            if (!(h2.getSession() instanceof SessionLocal session)) {
                return Optional.empty(); // a remote H2 server compacts its own file
            }
            Store store = session.getDatabase().getStore();
            if (store == null || store.getMvStore().getFileStore() == null) {
                return Optional.empty();
            }
            return Optional.of(new H2FileCompactor(store.getMvStore(), fillRate, bytesPerPass, busyPercent,
                    nanoClock));
        } catch (SQLException e) {
            throw new EventStoreException("cannot open the H2 store for compaction: " + e.getMessage(), e);
        }
    }

    /**
     * Rewrites the live pages of up to {@code bytesPerPass} of the emptiest chunks older than the
     * retention time (an eighth of that if the file was written since the last pass), if the
     * file's chunks are less full than the target; first forces the file to disk once the
     * retention has been {@linkplain #retainFor(int) shortened}. Returns whether it
     * rewrote any ({@link Pass#NOTHING_TO_DO} as well when a commit held the store for longer than
     * H2 waits, or the store has been closed). While the file is being written, a pass runs only
     * if the passes of that busy time stay within its share of the time ({@link Pass#DEFERRED}
     * otherwise): at 1M events a pass takes tens of milliseconds, and every commit waits for it.
     */
    public synchronized Pass compactOnce() {
        FileStore<?> file = store.getFileStore();
        if (store.isClosed() || file == null) {
            return Pass.NOTHING_TO_DO;
        }
        if (syncEachPass) {
            store.sync(); // every call, deferred or not: the shorter retention relies on it
        }
        long writes = file.getWriteCount();
        boolean quiet = writes == writesAtLastPass;
        writesAtLastPass = writes;
        long began = nanoClock.getAsLong();
        if (!quiet && (busyPercent == 0 || busyPassRan && began - busyPassesFrom < 0)) {
            return Pass.DEFERRED;
        }
        boolean rewrote = store.compact(fillRate, quiet ? bytesPerPass : Math.max(1, bytesPerPass / BUSY_SHARE));
        if (rewrote && quiet) {
            store.tryCommit(); // no commit of the server's would store the moved pages soon
        }
        if (!quiet) {
            long took = nanoClock.getAsLong() - began;
            busyPassesFrom = began + took * 100 / busyPercent;
            busyPassRan = true;
        }
        writesAtLastPass = file.getWriteCount();
        return rewrote ? Pass.REWROTE : Pass.NOTHING_TO_DO;
    }

    /**
     * Lets H2 reuse a dead chunk's space {@code millis} after it was written instead of its
     * default 45 s, and makes every pass force the file to disk first. Safe only while passes run
     * several times within that retention.
     */
    public void retainFor(int millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("retention must not be negative, not " + millis);
        }
        if (!store.isClosed()) {
            syncEachPass = true;
            store.sync(); // what the file holds now stays on disk whatever is reused from here on
            store.setRetentionTime(millis);
        }
    }

    /** How long H2 keeps a dead chunk's space before it reuses it, in milliseconds. */
    public int retentionMillis() {
        return store.getRetentionTime();
    }

    /** Share of the space in the file's chunks that holds live pages, in per cent. */
    public int chunksFillRate() {
        FileStore<?> file = store.getFileStore();
        return store.isClosed() || file == null ? 100 : file.getChunksFillRate();
    }

    /** The file's length in bytes. */
    public long fileBytes() {
        FileStore<?> file = store.getFileStore();
        return store.isClosed() || file == null ? 0 : file.size();
    }

    public boolean isClosed() {
        return store.isClosed();
    }
}
