package org.warledger.server.importer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one import stream has learnt so far: which names resolve to which party keys and which
 * keys are known to be registered, so that only the first row naming a party pays for the lookup.
 * Per stream, so an alias added between two imports is seen by the next one.
 */
final class ImportSession {

    final String recordedBy;
    final Map<String, String> keyOfName = new ConcurrentHashMap<>();
    final Map<String, Boolean> registered = new ConcurrentHashMap<>();

    ImportSession(String recordedBy) {
        this.recordedBy = recordedBy;
    }
}
