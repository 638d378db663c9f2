package org.warledger.projections.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.warledger.projections.ReadModels;

/**
 * Read models on a fresh in-memory H2 database with the real migrations, fed events the way a
 * streaming processor delivers them (tracked messages with global positions). No container.
 */
public class ReadModelFixture {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final ReadModels readModels;
    private final List<AnnotationEventHandlerAdapter> adapters = new ArrayList<>();
    private final List<EventMessage<?>> delivered = new ArrayList<>();
    private long position;

    public ReadModelFixture() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).load().migrate();
        readModels = new ReadModels(dataSource);
        readModels.eventHandlers().forEach(h -> adapters.add(new AnnotationEventHandlerAdapter(h)));
    }

    public ReadModels readModels() {
        return readModels;
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    /** Appends the event at the next position (as entity {@code aggregateId}) and delivers it. */
    public long feed(String aggregateId, Object event, Instant recordedAt) {
        position++;
        GenericDomainEventMessage<Object> domain = new GenericDomainEventMessage<>("Test", aggregateId, position,
                event, org.axonframework.messaging.MetaData.emptyInstance(), UUID.randomUUID().toString(), recordedAt);
        EventMessage<?> tracked = new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position), domain);
        delivered.add(tracked);
        deliver(tracked);
        return position;
    }

    /** Delivers an already delivered event again, as after a crash before the token was stored. */
    public void redeliverAll() {
        delivered.forEach(this::deliver);
    }

    /** Resets every read model and replays the whole history, as a rebuild does. */
    public void rebuild() {
        adapters.forEach(AnnotationEventHandlerAdapter::prepareReset);
        delivered.forEach(this::deliver);
    }

    private void deliver(EventMessage<?> message) {
        for (AnnotationEventHandlerAdapter adapter : adapters) {
            try {
                if (adapter.canHandle(message)) {
                    adapter.handle(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
