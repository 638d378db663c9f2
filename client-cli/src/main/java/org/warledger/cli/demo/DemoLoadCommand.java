package org.warledger.cli.demo;

import java.util.List;
import java.util.concurrent.Callable;
import org.warledger.cli.common.Printer;
import org.warledger.cli.common.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warledger demo load}: the seed story through the public API; safe to run again. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load the seed story (Pakistan–Afghanistan, 26–28 February 2026) through the public API.",
                "Every request has a fixed request id: loading twice stores nothing twice."})
public class DemoLoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Option(names = "--conflict-key", description = "Load it under this conflict key instead of the story's own "
            + "(pak-afg-2026); strike and claim ids follow it, parties and claimants are shared.")
    String conflictKey;

    @Override
    public Integer call() {
        SeedLoader seed = SeedLoader.fromClasspath(conflictKey);
        var out = spec.commandLine().getOut();
        out.println("loading \"" + seed.about() + "\" as conflict " + seed.conflictKey());
        var sections = server.call(seed::load);
        Printer.table(out, List.of("section", "stored", "already loaded"), sections.stream()
                .map(s -> List.of(s.name(), String.valueOf(s.stored()), String.valueOf(s.alreadyLoaded()))).toList());
        out.println("next: warledger tally " + seed.conflictKey());
        return 0;
    }
}
