package org.warledger.cli.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.warledger.proto.v1.ImportedRecord;
import picocli.CommandLine.Command;

/** {@code warledger import ucdp-ged|acled FILE}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import published datasets (UCDP GED, ACLED) through the import API.",
        subcommands = {ImportCommand.Ged.class, ImportCommand.Acled.class})
public class ImportCommand {

    /** {@code warledger import ucdp-ged FILE}. */
    @Command(name = "ucdp-ged", mixinStandardHelpOptions = true,
            description = "Import a UCDP GED CSV export (any release layout).")
    static class Ged extends DatasetImport<GedRow> {
        @Override
        Stream<ParseResult<GedRow>> parse(Path file) throws IOException {
            return new GedCsvParser().parse(file);
        }

        @Override
        ImportedRecord toRecord(GedRow row, String release, String conflictKey) {
            return GedRecords.toRecord(row, release, conflictKey);
        }
    }

    /** {@code warledger import acled FILE}. */
    @Command(name = "acled", mixinStandardHelpOptions = true, description = "Import an ACLED CSV export.")
    static class Acled extends DatasetImport<AcledRow> {
        @Override
        Stream<ParseResult<AcledRow>> parse(Path file) throws IOException {
            return new AcledCsvParser().parse(file);
        }

        @Override
        ImportedRecord toRecord(AcledRow row, String release, String conflictKey) {
            return AcledRecords.toRecord(row, release, conflictKey);
        }
    }
}
