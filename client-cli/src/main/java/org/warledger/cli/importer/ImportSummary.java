package org.warledger.cli.importer;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.warledger.proto.v1.ImportRecordResult;

/** Counts of an import run and the rows that were not imported, by line. Thread-safe. */
public final class ImportSummary {

    private long read;
    private long imported;
    private long unchanged;
    private long revised;
    private long failed;
    private final Map<Long, String> rejected = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();

    synchronized void rowRead() {
        read++;
    }

    synchronized void warn(RowWarning w) {
        warnings.add(w.message());
    }

    synchronized void rejected(long line, String reason) {
        rejected.merge(line, reason, (a, b) -> a + "; " + b);
    }

    synchronized void add(ImportRecordResult r) {
        switch (r.getOutcome()) {
            case IMPORT_OUTCOME_IMPORTED -> imported++;
            case IMPORT_OUTCOME_UNCHANGED -> unchanged++;
            case IMPORT_OUTCOME_REVISED -> revised++;
            case IMPORT_OUTCOME_FAILED -> {
                failed++;
                rejected.put(r.getRecordIndex(), "FAILED " + String.join("; ", r.getReasonsList()));
            }
            default -> rejected(r.getRecordIndex(), "event " + r.getSourceId() + ": "
                    + String.join("; ", r.getReasonsList()));
        }
    }

    public synchronized long read() {
        return read;
    }

    public synchronized long imported() {
        return imported;
    }

    public synchronized long unchanged() {
        return unchanged;
    }

    public synchronized long revised() {
        return revised;
    }

    public synchronized long rejectedCount() {
        return rejected.size() - failed;
    }

    public synchronized long failed() {
        return failed;
    }

    public synchronized int warningCount() {
        return warnings.size();
    }

    /** The summary an operator reads at the end. */
    synchronized void print(PrintWriter out, boolean dryRun) {
        String verb = dryRun ? "would be " : "";
        out.printf("%s%d rows read: %d %simported, %d unchanged, %d %srevised, %d rejected%s, %d warnings%n",
                dryRun ? "dry run (nothing written): " : "", read, imported, verb, unchanged, revised, verb,
                rejectedCount(), failed > 0 ? ", " + failed + " failed (run the import again to complete them)" : "",
                warnings.size());
        rejected.forEach((line, reason) -> out.println("  rejected line " + line + ": " + reason));
        warnings.forEach(w -> out.println("  warning " + w));
    }
}
