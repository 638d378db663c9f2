package org.warledger.cli.common;

import picocli.CommandLine.Option;

/** {@code --output table|json} on every read command. */
public class OutputOptions {

    /** Output formats. */
    public enum Format { table, json }

    @Option(names = {"-o", "--output"}, defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    public boolean json() {
        return format == Format.json;
    }
}
