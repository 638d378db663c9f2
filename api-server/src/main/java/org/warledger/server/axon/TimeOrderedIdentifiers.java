package org.warledger.server.axon;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import org.axonframework.common.IdentifierFactory;

/**
 * Identifiers of Axon's messages (every event's {@code event_identifier}) as time-ordered UUIDs
 * (version 7: milliseconds since the epoch, then a counter and random bits), instead of Axon's
 * random version 4 UUIDs. The event table's unique index on the identifier then grows at its end:
 * a group commit of many events adds them to one or two index leaves, where random identifiers
 * dirtied a leaf per event, and H2 writes every dirtied leaf whole at each commit. Identifiers stay
 * unique and opaque; nothing reads meaning into them. Axon finds this class through
 * {@code META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public final class TimeOrderedIdentifiers extends IdentifierFactory {

    private static final NoArgGenerator UUIDS = Generators.timeBasedEpochGenerator();

    @Override
    public String generateIdentifier() {
        return UUIDS.generate().toString();
    }
}
