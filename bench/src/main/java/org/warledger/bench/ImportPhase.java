package org.warledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a UCDP GED file the way an operator does: {@code warledger import ucdp-ged FILE} (the
 * CLI's own jar, as its own process, through {@code ImportService.ImportRecords}), timed from the
 * process start to its exit, so the time includes the CLI's JVM start and the CSV parsing.
 */
final class ImportPhase {

    /** What one import run did, from the CLI's summary line. */
    record Import(String file, long rows, long imported, long unchanged, long revised, long rejected, long failed,
                  long warnings, int exitCode, double seconds, long eventsWritten) {

        double rowsPerSecond() {
            return seconds <= 0 ? 0 : rows / seconds;
        }

        double eventsPerSecond() {
            return seconds <= 0 ? 0 : eventsWritten / seconds;
        }
    }

    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) rows read: (\\d+) imported, (\\d+) unchanged, (\\d+) revised, (\\d+) rejected"
                    + "(?:, (\\d+) failed[^,]*)?, (\\d+) warnings");

    private ImportPhase() {
    }

    static Import run(Path cliJar, Path file, ServerProcess server, Path tokenFile, Path log) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(cliJar.toString());
        command.addAll(List.of("import", "ucdp-ged", file.toString(), "--server", "localhost:" + server.port(),
                "--client-name", "warledger-bench"));
        if (tokenFile != null) {
            command.addAll(List.of("--token-file", tokenFile.toAbsolutePath().toString()));
        }
        long headBefore = server.storeHead();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("the import did not finish within 20 minutes; see " + log);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long headAfter = server.storeHead();
        Matcher m = summary(log);
        if (m == null) {
            throw new IllegalStateException("the import (exit code " + p.exitValue() + ") printed no summary; see " + log);
        }
        Import result = new Import(file.getFileName().toString(), n(m, 1), n(m, 2), n(m, 3), n(m, 4), n(m, 5),
                m.group(6) == null ? 0 : n(m, 6), n(m, 7), p.exitValue(), seconds, headAfter - headBefore);
        System.out.printf("import %s: %,d rows in %.2f s: %,.0f rows/s (%,d events written; exit code %d)%n",
                result.file(), result.rows(), seconds, result.rowsPerSecond(), result.eventsWritten(), p.exitValue());
        return result;
    }

    private static Matcher summary(Path log) throws IOException {
        for (String line : Files.readAllLines(log)) {
            Matcher m = SUMMARY.matcher(line);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    private static long n(Matcher m, int group) {
        return Long.parseLong(m.group(group));
    }
}
