package org.warledger.server.store;

/** A create command named an id that already has a history. */
public class EntityAlreadyExistsException extends RuntimeException {

    private final String entityId;

    public EntityAlreadyExistsException(String entityId) {
        super("an entity with id '" + entityId + "' already exists");
        this.entityId = entityId;
    }

    public String entityId() {
        return entityId;
    }
}
