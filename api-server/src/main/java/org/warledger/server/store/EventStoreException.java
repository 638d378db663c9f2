package org.warledger.server.store;

/** The event store could not take an append (database down, disk full, ...). Nothing was stored. */
public class EventStoreException extends RuntimeException {

    public EventStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
