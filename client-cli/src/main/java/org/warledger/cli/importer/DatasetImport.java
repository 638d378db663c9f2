package org.warledger.cli.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.UserException;
import org.warledger.proto.v1.ImportServiceGrpc;
import org.warledger.proto.v1.ImportedRecord;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code import ucdp-ged} and {@code import acled} share: options, the run and the summary.
 * Exit code 0 when every row was imported, unchanged or revised (warnings allowed); 2 when any
 * row was rejected (the rest is imported all the same); 1 when the server failed on some rows.
 */
abstract class DatasetImport<T> implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV export, UTF-8.")
    Path file;
    @Option(names = "--dry-run", description = "Validate every row against the server without writing anything.")
    boolean dryRun;
    @Option(names = "--conflict-key", description = "Put every event in this conflict (default: one per country, "
            + "e.g. ucdp-ged-pk, acled-pk).")
    String conflictKey;
    @Option(names = "--release", description = "Release label cited on revisions (default: the file name).")
    String release;

    abstract Stream<ParseResult<T>> parse(Path file) throws IOException;

    abstract ImportedRecord toRecord(T row, String release, String conflictKey);

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UserException("no such file: " + file);
        }
        String label = release != null ? release : file.getFileName().toString().replaceFirst("\\.csv$", "");
        Progress progress = new Progress(spec.commandLine().getErr(), System.console() != null, lines(file));
        var channel = server.channel();
        ImportSummary summary;
        try (Stream<ParseResult<T>> rows = parse(file)) {
            Function<T, ImportedRecord> mapper = row -> toRecord(row, label, conflictKey);
            summary = new ImportRun<T>(ImportServiceGrpc.newStub(channel), server.clientName(), dryRun)
                    .run(rows, mapper, progress);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        } finally {
            ServerOptions.close(channel);
        }
        summary.print(spec.commandLine().getOut(), dryRun);
        return summary.failed() > 0 ? 1 : summary.rejectedCount() > 0 ? 2 : 0;
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException | UncheckedIOException e) {
            return 1;
        }
    }
}
