package org.warledger.server.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A coordinator waiting for room in a full work package runs as soon as a batch of its processor
 * commits, once, and nothing else is hurried. The waits here are hours long, so a task that ran
 * can only have run early.
 */
class CoordinatorExecutorsTest {

    private final CoordinatorExecutors executors = new CoordinatorExecutors(Duration.ofHours(1));

    @AfterEach
    void close() {
        executors.close();
    }

    @Test
    void aShortWaitEndsWhenABatchOfTheSameProcessorCommits() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        executors.forProcessor("timeline").schedule(ran::countDown, 30, TimeUnit.MINUTES);

        executors.batchCommitted("timeline");

        assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aWaitThatEndedEarlyDoesNotRunAgainWhenItsTimeComes() throws Exception {
        CoordinatorExecutors quick = new CoordinatorExecutors(Duration.ofMillis(200));
        try {
            ScheduledExecutorService executor = quick.forProcessor("strikes");
            AtomicInteger runs = new AtomicInteger();
            CountDownLatch first = new CountDownLatch(1);
            executor.schedule(() -> {
                runs.incrementAndGet();
                first.countDown();
            }, 50, TimeUnit.MILLISECONDS);
            quick.batchCommitted("strikes");
            assertThat(first.await(30, TimeUnit.SECONDS)).isTrue();

            // one thread runs delayed tasks in order of their time: once this one has run, the 50 ms slot has passed
            executor.schedule(() -> { }, 150, TimeUnit.MILLISECONDS).get(30, TimeUnit.SECONDS);

            assertThat(runs).hasValue(1);
        } finally {
            quick.close();
        }
    }

    @Test
    void otherProcessorsAndLongWaitsAreNotHurried() throws Exception {
        AtomicInteger hurried = new AtomicInteger();
        ScheduledExecutorService claims = executors.forProcessor("claims");
        ScheduledExecutorService timeline = executors.forProcessor("timeline");
        claims.schedule(hurried::incrementAndGet, 30, TimeUnit.MINUTES);
        timeline.schedule(hurried::incrementAndGet, 2, TimeUnit.HOURS);

        executors.batchCommitted("timeline");

        // anything hurried was queued before these, on the same single thread
        claims.submit(() -> { }).get(30, TimeUnit.SECONDS);
        timeline.submit(() -> { }).get(30, TimeUnit.SECONDS);
        assertThat(hurried).hasValue(0);
    }

    @Test
    void aBatchThatCommitsAfterShutdownChangesNothing() {
        executors.forProcessor("claims").schedule(() -> { }, 30, TimeUnit.MINUTES);
        executors.close();

        assertThatCode(() -> executors.batchCommitted("claims")).doesNotThrowAnyException();
    }

    @Test
    void eachProcessorHasOneNamedCoordinatorThread() throws Exception {
        String name = executors.forProcessor("registry").submit(() -> Thread.currentThread().getName())
                .get(30, TimeUnit.SECONDS);

        assertThat(name).startsWith("Coordinator[registry]");
        assertThat(executors.forProcessor("registry")).isSameAs(executors.forProcessor("registry"));
    }
}
