package org.warledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One invocation of the harness: what the stores share, and each store's results. */
final class Run {

    String mode;
    String date;
    Machine machine;
    /** The server JVM options every store's server was started with. */
    String serverJvmArgs;
    /** Where those options came from (e.g. the README's start command). */
    String serverJvmArgsOrigin;
    Duration warmup;
    Duration measure;
    Duration queryWarmup;
    Duration queryMeasure;
    Duration steadyMeasure;
    Duration totalTime;
    List<Integer> clientCounts = List.of();
    final List<Results> stores = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    void note(String text) {
        notes.add(text);
        System.out.println("note: " + text);
    }

    boolean quick() {
        return "quick".equals(mode);
    }
}
