package org.warledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything one run measured, filled in phase by phase and read by {@link Report}. */
final class Results {

    String mode;
    String store;
    String date;
    Machine machine;
    String serverJvmArgs;
    Duration warmup;
    Duration measure;
    Duration totalTime;
    List<Integer> clientCounts = List.of();

    Duration ready;
    long rssIdleKib = -1;
    long rssLoadKib = -1;
    long rssPeakKib = -1;

    final Map<Integer, Measured> transport = new TreeMap<>();
    final Map<Integer, Measured> appendNew = new TreeMap<>();
    final Map<Integer, Measured> appendHot = new TreeMap<>();
    int steadyRate;
    Measured steadyCommands;
    Measured lag;
    /** Store size (events) to the query measurements at that size. */
    final Map<Long, List<Measured>> queries = new TreeMap<>();
    /** Store size to the number of entries on the queried conflict's timeline. */
    final Map<Long, Long> bigConflictEntries = new TreeMap<>();
    final List<Measured> loads = new ArrayList<>();
    long eventsBeforeWrites;
    long eventsStoredAtEnd;
    long storeBytes = -1;

    /** Storage baseline rows/s, by label. */
    final Map<String, Measured> storage = new LinkedHashMap<>();
    int templateBytes;

    final List<String> notes = new ArrayList<>();

    void note(String text) {
        notes.add(text);
        System.out.println("note: " + text);
    }
}
