package org.warledger.server.store;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs {@link H2FileCompactor} on its own thread while the server runs on the embedded H2 store
 * (nothing to do on PostgreSQL, whose autovacuum does the same job). Settings:
 * {@code warledger.h2.compaction.interval} (time between passes, {@code 0} turns it off),
 * {@code .fill-rate} (per cent), {@code .bytes-per-pass}, {@code .busy-share} (the most of the time,
 * in per cent, that passes may hold the store while commits are being written) and {@code .retention} (unset: H2's own
 * 45 s; set: how long a dead chunk's space is kept, at least three intervals, and every pass then
 * forces the file to disk first); docs/OPERATIONS.md.
 */
@ApplicationScoped
public class StoreCompaction {

    private static final Logger LOG = Logger.getLogger(StoreCompaction.class);

    private final AgroalDataSource dataSource;
    private final Duration interval;
    private final int fillRate;
    private final int bytesPerPass;
    private final int busyShare;
    private final Optional<Duration> retention;
    private ScheduledExecutorService thread;

    public StoreCompaction(@StoreDataSource.Store AgroalDataSource dataSource,
                           @ConfigProperty(name = "warledger.h2.compaction.interval", defaultValue = "1s")
                           Duration interval,
                           @ConfigProperty(name = "warledger.h2.compaction.fill-rate", defaultValue = "60")
                           int fillRate,
                           @ConfigProperty(name = "warledger.h2.compaction.bytes-per-pass", defaultValue = "2097152")
                           int bytesPerPass,
                           @ConfigProperty(name = "warledger.h2.compaction.busy-share", defaultValue = "1")
                           int busyShare,
                           @ConfigProperty(name = "warledger.h2.compaction.retention")
                           Optional<Duration> retention) {
        this.dataSource = dataSource;
        this.interval = interval;
        this.fillRate = fillRate;
        this.bytesPerPass = bytesPerPass;
        this.busyShare = busyShare;
        this.retention = retention;
    }

    void start(@Observes StartupEvent event, MeterRegistry registry) {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        Optional<H2FileCompactor> found = H2FileCompactor.of(dataSource, fillRate, bytesPerPass, busyShare,
                System::nanoTime);
        if (found.isEmpty()) {
            return;
        }
        H2FileCompactor compactor = found.get();
        // a dead chunk's space may be reused once some passes, each forcing the file to disk, ran since
        retention.ifPresent(r -> compactor.retainFor(
                (int) Math.min(Integer.MAX_VALUE, Math.max(r.toMillis(), 3 * interval.toMillis()))));
        Timer passes = Timer.builder("warledger.h2.compaction.passes")
                .description("passes of the H2 file's compaction that rewrote pages").register(registry);
        Counter idle = Counter.builder("warledger.h2.compaction.idle")
                .description("passes of the H2 file's compaction that found nothing to rewrite").register(registry);
        Counter deferred = Counter.builder("warledger.h2.compaction.deferred")
                .description("passes of the H2 file's compaction left out while commits were being written, "
                        + "to keep within warledger.h2.compaction.busy-share").register(registry);
        Gauge.builder("warledger.h2.chunks.fill.rate", compactor, H2FileCompactor::chunksFillRate)
                .description("share of the H2 file's chunks that is live, per cent").register(registry);
        Gauge.builder("warledger.h2.file.bytes", compactor, H2FileCompactor::fileBytes)
                .description("length of the H2 store's file").register(registry);
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "h2-compaction");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(() -> {
            try {
                long started = System.nanoTime();
                switch (compactor.compactOnce()) {
                    case REWROTE -> passes.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                    case NOTHING_TO_DO -> idle.increment();
                    case DEFERRED -> deferred.increment();
                }
            } catch (RuntimeException e) {
                if (!compactor.isClosed()) {
                    LOG.warnf(e, "compacting the H2 file failed; trying again in %s", interval);
                }
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Before the data source closes: a pass in progress finishes, no new one starts. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (thread != null) {
            thread.shutdown();
            thread.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
