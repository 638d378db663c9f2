package org.warledger.cli.importer;

import java.io.PrintWriter;

/**
 * Shows how far an import is: a bar redrawn in place on a terminal, a plain line every
 * {@value #EVERY} rows otherwise (logs, pipes, tests). The position is the file line of the last
 * row answered, out of the file's lines.
 */
final class Progress {

    static final int EVERY = 1_000;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final long totalLines;
    private final long startNanos = System.nanoTime();
    private long rows;

    Progress(PrintWriter err, boolean terminal, long totalLines) {
        this.err = err;
        this.terminal = terminal;
        this.totalLines = Math.max(1, totalLines);
    }

    synchronized void row(long line) {
        rows++;
        if (terminal && rows % 50 == 0) {
            int pct = (int) Math.min(100, line * 100 / totalLines);
            int filled = pct * WIDTH / 100;
            err.printf("\r[%s%s] %3d%% %d rows, %d rows/s", "#".repeat(filled), ".".repeat(WIDTH - filled), pct,
                    rows, rate());
            err.flush();
        } else if (!terminal && rows % EVERY == 0) {
            err.printf("imported %d rows (line %d of %d), %d rows/s%n", rows, line, totalLines, rate());
        }
    }

    synchronized void done() {
        if (terminal) {
            err.printf("\r[%s] 100%% %d rows, %d rows/s%n", "#".repeat(WIDTH), rows, rate());
        }
        err.flush();
    }

    private long rate() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return seconds <= 0 ? 0 : (long) (rows / seconds);
    }
}
