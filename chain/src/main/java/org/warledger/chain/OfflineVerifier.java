package org.warledger.chain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Verifies an audit export file without a server (backs {@code warledger audit verify --file FILE}). Streams the
 * file: memory use does not grow with the number of lines. An unreadable line is reported as a break at the
 * position that was expected next.
 */
public final class OfflineVerifier {

    private OfflineVerifier() {
    }

    /** Verifies the export in {@code file} from position 1. */
    public static VerificationResult verify(Path file) throws IOException {
        try (ExportReader r = ExportReader.open(file)) {
            return verify(r);
        }
    }

    /** Verifies an export read from {@code in} (not closed). */
    public static VerificationResult verify(InputStream in) throws IOException {
        return verify(new ExportReader(in));
    }

    private static VerificationResult verify(ExportReader r) throws IOException {
        ChainVerifier v = new ChainVerifier();
        try {
            ChainedEvent e;
            while ((e = r.next()) != null) {
                if (!v.accept(e)) {
                    break;
                }
            }
        } catch (ExportFormatException ex) {
            v.fail("malformed " + ex.getMessage());
        }
        return v.result();
    }
}
