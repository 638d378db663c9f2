package org.warledger.bench;

import java.util.concurrent.atomic.AtomicLong;

/** Samples the server's resident memory every 250 ms and keeps the highest value of a window. */
final class RssSampler implements AutoCloseable {

    private final ServerProcess server;
    private final AtomicLong windowMax = new AtomicLong(-1);
    private final Thread thread;
    private volatile boolean running = true;

    RssSampler(ServerProcess server) {
        this.server = server;
        this.thread = new Thread(this::sample, "rss-sampler");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void sample() {
        while (running) {
            windowMax.accumulateAndGet(server.rssKib(), Math::max);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The highest RSS (KiB) since the last call, and starts a new window. */
    long takeWindowMax() {
        long now = server.rssKib();
        return Math.max(now, windowMax.getAndSet(-1));
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
