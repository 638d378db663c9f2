package org.warledger.server.store;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC storage engine for reading (aggregate streams, tracking, snapshots), with appends
 * handed to the {@link GroupCommitAppender}: group commit, gapless positions, hash chain, and the
 * request log for idempotent retries, all in the events' own transaction.
 */
public class ChainedEventStorageEngine extends JdbcEventStorageEngine {

    /** Command metadata keys read at append time. */
    public static final String REQUEST_ID = "requestId";
    public static final String REQUEST_FINGERPRINT = "requestFingerprint";

    private final GroupCommitAppender appender;

    public ChainedEventStorageEngine(Builder builder, GroupCommitAppender appender) {
        super(builder);
        this.appender = appender;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<EventRow> rows = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            if (!(event instanceof DomainEventMessage<?> domain)) {
                throw new IllegalArgumentException("only entity events are stored: " + event.getPayloadType());
            }
            SerializedObject<String> payload = event.serializePayload(serializer, String.class);
            SerializedObject<String> metadata = event.serializeMetaData(serializer, String.class);
            rows.add(new EventRow(event.getIdentifier(), domain.getType(), domain.getAggregateIdentifier(),
                    domain.getSequenceNumber(), payload.getType().getName(), payload.getType().getRevision(),
                    payload.getData(), metadata.getData(), DateTimeUtils.formatInstant(event.getTimestamp())));
        }
        String requestId = null;
        String fingerprint = null;
        if (CurrentUnitOfWork.isStarted()) {
            var command = CurrentUnitOfWork.get().getMessage().getMetaData();
            requestId = (String) command.get(REQUEST_ID);
            fingerprint = (String) command.get(REQUEST_FINGERPRINT);
        }
        appender.append(rows, requestId, fingerprint);
    }
}
