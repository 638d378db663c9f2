package org.warledger.cli.common;

/** A mistake in the command line the CLI can explain before calling the server. Exit code 2. */
public class UserException extends RuntimeException {

    public UserException(String message) {
        super(message);
    }
}
