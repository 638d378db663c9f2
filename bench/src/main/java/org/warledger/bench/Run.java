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
    /** NAME=VALUE pairs set in every server's environment (blank: none). */
    String serverEnv;
    /** Where those options came from (e.g. the README's start command). */
    String serverJvmArgsOrigin;
    Duration warmup;
    Duration measure;
    Duration queryWarmup;
    Duration queryMeasure;
    /** Each query runs this long, unmeasured, once before the first size's measurements. */
    Duration queryFirstWarmup;
    Duration steadyMeasure;
    Duration totalTime;
    List<Integer> clientCounts = List.of();
    final List<Results> stores = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    /** Marks the engineers' own analysis in the report, which a new run carries over unchanged. */
    static final String ANALYSIS_START = "<!-- analysis: written by hand, kept by bench/run.sh -->";
    static final String ANALYSIS_END = "<!-- end of analysis -->";
    /** The analysis found in the previous report, or null. */
    String analysis;

    /** The hand-written analysis between the markers of an earlier report, or null if it has none. */
    static String analysisIn(String report) {
        int start = report.indexOf(ANALYSIS_START);
        int end = report.indexOf(ANALYSIS_END);
        return start < 0 || end < start ? null : report.substring(start + ANALYSIS_START.length(), end);
    }

    void note(String text) {
        notes.add(text);
        System.out.println("note: " + text);
    }

    boolean quick() {
        return "quick".equals(mode);
    }
}
