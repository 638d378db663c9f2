package org.warledger.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warledger.chain.ChainedEvent;
import org.warledger.chain.ExportWriter;
import org.warledger.chain.HashChain;
import org.warledger.cli.WarledgerCli;
import picocli.CommandLine;

/** Offline verification of an export needs no server. */
class AuditVerifyCommandTest {

    @TempDir
    Path dir;

    @Test
    void anIntactExportIsOkAndPrintsItsHead() throws Exception {
        Path file = export();
        StringWriter out = new StringWriter();

        int code = run(out, "audit", "verify", "--file", file.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("OK: 3 events").contains("head position 3").contains("head hash ");
    }

    @Test
    void anEditedExportIsBrokenAtTheEditedEvent() throws Exception {
        Path file = export();
        Files.writeString(file, Files.readString(file).replace("Kharkiv-2", "Kharkiv-X"));
        StringWriter out = new StringWriter();

        int code = run(out, "audit", "verify", "--file", file.toString());

        assertThat(code).isEqualTo(AuditVerifyCommand.BROKEN);
        assertThat(out.toString()).contains("BROKEN at position 2: hash mismatch");
    }

    private Path export() throws Exception {
        Path file = dir.resolve("export.ndjson");
        String prev = HashChain.GENESIS_HEX;
        try (ExportWriter w = ExportWriter.create(file)) {
            for (int i = 1; i <= 3; i++) {
                ChainedEvent e = HashChain.seal(prev, new ChainedEvent(i, "id-" + i, "Strike", "s-" + i, 0,
                        "org.warledger.domain.strike.StrikeRecorded", null, "{\"place\":\"Kharkiv-" + i + "\"}",
                        "{}", "2026-02-27T06:00:0" + i + "Z", null, null));
                w.write(e);
                prev = e.hash();
            }
        }
        return file;
    }

    private static int run(StringWriter out, String... args) {
        CommandLine cmd = WarledgerCli.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        return cmd.execute(args);
    }
}
