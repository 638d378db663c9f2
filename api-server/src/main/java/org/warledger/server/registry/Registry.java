package org.warledger.server.registry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.warledger.projections.ReadModels;
import org.warledger.server.grpc.NotFoundException;

/**
 * Resolves the names a request uses (a key or an alias) to registered keys, and refuses unknown
 * ones with NOT_FOUND naming the field.
 *
 * <p>The registry read model is eventually consistent: a party registered a few milliseconds ago
 * may not be in it yet. So a name the read model does not know is looked up once more as a key in
 * the event store itself (the entity's own stream, which is written before the registration is
 * acknowledged). Keys are uppercase, so "pak" finds PAK there too; aliases resolve only once the
 * read model has them.
 *
 * <p>Every write names parties, claimants or other entities, so answers are remembered: only
 * names that resolved, because a key or alias, once registered, always names the same entity
 * (aliases are only ever added, entities never removed), while an unknown name may be registered
 * a moment later.
 */
@ApplicationScoped
public class Registry {

    private final ReadModels readModels;
    private final EventStore eventStore;
    private final Cache<String, String> resolved = Caffeine.newBuilder().maximumSize(100_000).build();

    public Registry(ReadModels readModels, EventStore eventStore) {
        this.readModels = readModels;
        this.eventStore = eventStore;
    }

    /** The key of the party {@code name} (a key or alias) names; NOT_FOUND on {@code field} if none. */
    public String party(String field, String name) {
        return remembered("Party", name, () -> readModels.registry().partyKey(name).or(() -> storedKey(name, "Party")))
                .orElseThrow(() -> new NotFoundException(field, "no party '" + name + "' is registered"));
    }

    /** The key of the claimant {@code name} (a key or alias) names; NOT_FOUND on {@code field} if none. */
    public String claimant(String field, String name) {
        return remembered("Claimant", name,
                () -> readModels.registry().claimantKey(name).or(() -> storedKey(name, "Claimant")))
                .orElseThrow(() -> new NotFoundException(field, "no claimant '" + name + "' is registered"));
    }

    /** Refuses with NOT_FOUND on {@code field} unless an entity of {@code type} has id {@code id}. */
    public void require(String field, String id, String type) {
        if (remembered("id:" + type, id, () -> stored(id, type)).isEmpty()) {
            throw new NotFoundException(field, "no " + type.toLowerCase(java.util.Locale.ROOT) + " with id '" + id + "'");
        }
    }

    /** The remembered answer for {@code name} in {@code space}, else {@code lookup}'s (kept if found). */
    private Optional<String> remembered(String space, String name, Supplier<Optional<String>> lookup) {
        if (name == null) {
            return lookup.get();
        }
        String cacheKey = space + "\u0000" + name;
        String known = resolved.getIfPresent(cacheKey);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = lookup.get();
        found.ifPresent(key -> resolved.put(cacheKey, key));
        return found;
    }

    private Optional<String> storedKey(String name, String type) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = name.strip().toUpperCase(java.util.Locale.ROOT);
        return stored(name, type).or(() -> stored(key, type));
    }

    /** {@code id} itself, if the event store holds a stream of an aggregate of {@code type} under it. */
    private Optional<String> stored(String id, String type) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        DomainEventStream stream = eventStore.readEvents(id);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        String stored = stream.peek().getType();
        return type.equals(stored) || stored.endsWith("." + type) ? Optional.of(id) : Optional.empty();
    }
}
