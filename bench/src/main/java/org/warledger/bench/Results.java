package org.warledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything one store's run measured, filled in phase by phase and read by {@link Report}. */
final class Results {

    final String store;
    /** JVM options of this store's server beyond the common ones (the store's system properties). */
    String storeJvmArgs = "";
    List<Long> sizes = List.of();

    /** Time to ready on the run's first start (the jars and the JVM may be cold on disk). */
    Duration ready;
    /** Times to ready on further starts, each on a fresh store (H2 only). */
    final List<Duration> readyAgain = new ArrayList<>();

    /** The median over every start measured. */
    Duration readyMedian() {
        List<Duration> all = new ArrayList<>(readyAgain);
        all.add(ready);
        all.sort(null);
        return all.get(all.size() / 2);
    }
    long rssIdleKib = -1;
    long rssLoadKib = -1;
    long rssPeakKib = -1;
    /** The server's own heap limit (sum of the heap pools' jvm_memory_max_bytes), or -1. */
    long heapMaxBytes = -1;

    final Map<Integer, Measured> transport = new TreeMap<>();
    final Map<Integer, Measured> appendNew = new TreeMap<>();
    final Map<Integer, Measured> appendHot = new TreeMap<>();
    int steadyRate;
    Measured steadyCommands;
    /** Where the fixed-rate run's calls over 20 ms (the p99 target) fell in time. */
    SlowStretches steadySlow;
    /** The same rate with lag probes polling their timelines, and the lag they measured. */
    Measured steadyProbedCommands;
    SlowStretches steadyProbedSlow;
    Measured lag;
    /** Store size (events) to the query measurements at that size. */
    final TreeMap<Long, List<QueryPhases.Query>> queries = new TreeMap<>();
    /** Store size to what the queried conflicts held at that size. */
    final TreeMap<Long, QueryPhases.Snapshot> snapshots = new TreeMap<>();
    final List<Measured> loads = new ArrayList<>();
    long eventsBeforeWrites;
    long eventsStoredAtEnd;
    long storeBytes = -1;

    final List<RebuildPhase.Rebuild> rebuilds = new ArrayList<>();
    ImportPhase.Import imported;
    long eventsBeforeImport;

    /** Storage baseline rows/s, by label. */
    final Map<String, Measured> storage = new LinkedHashMap<>();
    int templateBytes;

    /** Wall-clock seconds of each phase, in run order. */
    final Map<String, Double> phaseSeconds = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();

    Results(String store) {
        this.store = store;
    }

    String storeName() {
        return "postgresql".equals(store) ? "PostgreSQL" : "H2";
    }

    void note(String text) {
        notes.add(text);
        System.out.println("note (" + store + "): " + text);
    }
}
