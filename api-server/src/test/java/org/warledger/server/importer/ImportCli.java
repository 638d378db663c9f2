package org.warledger.server.importer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.warledger.cli.WarledgerCli;
import picocli.CommandLine;

/** Runs {@code warledger import ...} against the server under test, capturing what it prints. */
final class ImportCli {

    record Run(int exitCode, String out, String err) {
    }

    private ImportCli() {
    }

    static Run run(String... args) {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        CommandLine cmd = WarledgerCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("import"));
        all.addAll(List.of(args));
        all.add("--server");
        all.add("localhost:" + port);
        all.add("--token");
        all.add(org.warledger.server.support.Tokens.admin());
        int code = cmd.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }
}
