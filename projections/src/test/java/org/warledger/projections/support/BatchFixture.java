package org.warledger.projections.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.warledger.projections.ReadModels;

/**
 * Read models on in-memory H2 fed the way a pooled streaming processor feeds them: each batch of
 * events in one batching unit of work, run in one transaction that commits after the unit of
 * work's prepare-commit phase (where the read models write) or rolls back if anything failed.
 */
public class BatchFixture {

    /** A handler failure at the given position, to see what a failed batch leaves behind. */
    public static final class Boom extends RuntimeException {
        Boom(long position) {
            super("failing on purpose at " + position);
        }
    }

    private final JdbcDataSource h2;
    private final Connection connection;
    private final ReadModels readModels;
    private final List<AnnotationEventHandlerAdapter> adapters = new ArrayList<>();
    private final TransactionManager transactions;

    public BatchFixture() {
        this("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", true);
    }

    /** Read models on the store of {@code other}, on a connection of their own: as after a restart. */
    public static BatchFixture sameStore(BatchFixture other) {
        return new BatchFixture(other.h2.getURL(), false);
    }

    private BatchFixture(String url, boolean migrate) {
        h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        if (migrate) {
            Flyway.configure().dataSource(h2).load().migrate();
        }
        try {
            connection = h2.getConnection();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        readModels = new ReadModels(transactional(connection));
        readModels.eventHandlers().forEach(h -> adapters.add(new AnnotationEventHandlerAdapter(h)));
        transactions = () -> new Transaction() {
            @Override
            public void commit() {
                sql(connection::commit);
            }

            @Override
            public void rollback() {
                sql(connection::rollback);
            }
        };
    }

    public ReadModels readModels() {
        return readModels;
    }

    /** The event as a streaming processor delivers it: tracked, at global position {@code position}. */
    public static EventMessage<?> event(long position, String aggregateId, Object payload, Instant recordedAt) {
        GenericDomainEventMessage<Object> domain = new GenericDomainEventMessage<>("Test", aggregateId, position,
                payload, MetaData.emptyInstance(), UUID.randomUUID().toString(), recordedAt);
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position), domain);
    }

    /** Handles the events as one batch; throws what made the batch roll back, if anything did. */
    public void deliver(List<EventMessage<?>> batch) {
        deliver(batch, -1);
    }

    /** As {@link #deliver(List)}, but the handling fails once the event at {@code failAt} was handled. */
    public void deliver(List<EventMessage<?>> batch, long failAt) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.attachTransaction(transactions);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            EventMessage<?> message = unitOfWork.getMessage();
            for (AnnotationEventHandlerAdapter adapter : adapters) {
                if (adapter.canHandle(message)) {
                    adapter.handle(message);
                }
            }
            long position = ((GenericTrackedDomainEventMessage<?>) message).trackingToken().position().orElseThrow();
            if (position == failAt) {
                throw new Boom(position);
            }
            return null;
        });
        if (result.isExceptional()) {
            throw result.exceptionResult() instanceof RuntimeException r ? r
                    : new IllegalStateException(result.exceptionResult());
        }
    }

    /** Resets every read model as a rebuild does: the reset handlers in one committed transaction, then the emptying. */
    public void reset() {
        requestReset(true);
        finishResets(null);
    }

    /** Runs every reset handler (outside any batch, as a processor reset does), then commits or rolls back. */
    public void requestReset(boolean commit) {
        adapters.forEach(AnnotationEventHandlerAdapter::prepareReset);
        sql(commit ? connection::commit : connection::rollback);
    }

    /** Empties what committed resets of {@code group} (every group if null) asked for; the tables emptied. */
    public List<String> finishResets(String group) {
        List<String> emptied = readModels.finishResets(group);
        sql(connection::commit);
        return emptied;
    }

    /** Every row the query returns, each as its column values: for comparing whole tables. */
    public List<List<Object>> rows(String sql) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<List<Object>> out = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement outside the read models, in its own committed transaction. */
    public void execute(String sql) {
        sql(() -> {
            try (Statement s = connection.createStatement()) {
                s.execute(sql);
            }
            connection.commit();
        });
    }

    /** Every connection the read models ask for is the one the batch's transaction runs on. */
    private static DataSource transactional(Connection connection) {
        Connection shared = (Connection) Proxy.newProxyInstance(BatchFixture.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(BatchFixture.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return shared;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void sql(SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
