package org.warledger.chain;

import java.io.IOException;

/** A line of an export file that is not a valid export record. */
public class ExportFormatException extends IOException {

    private final long lineNumber;

    public ExportFormatException(long lineNumber, String message, Throwable cause) {
        super("line " + lineNumber + ": " + message, cause);
        this.lineNumber = lineNumber;
    }

    /** 1-based line number in the file. */
    public long lineNumber() {
        return lineNumber;
    }
}
