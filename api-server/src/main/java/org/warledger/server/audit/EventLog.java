package org.warledger.server.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.warledger.chain.ChainedEvent;
import org.warledger.server.store.EventStoreException;

/**
 * Reads the stored event log as the hash chain sees it, in pages by position: every reader
 * queries on its own, so a slow reader holds no lock, no buffer and no thread of anyone else.
 */
public class EventLog {

    private static final String COLUMNS = """
            SELECT global_index, event_identifier, type, aggregate_identifier, sequence_number, payload_type,
                payload_revision, payload, meta_data, time_stamp, prev_hash, hash FROM domain_event_entry""";

    private final DataSource dataSource;

    public EventLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The position of the newest committed event (0 if none). */
    public long head() {
        List<Long> head = query("SELECT last_position FROM event_chain_head WHERE id = 1", rs -> rs.getLong(1));
        return head.isEmpty() ? 0 : head.get(0);
    }

    /** Up to {@code limit} events matching {@code filter} with {@code after < position <= upTo}, in order. */
    public List<ChainedEvent> page(long after, long upTo, EventFilter filter, int limit) {
        List<Object> params = new ArrayList<>(List.of(after, upTo));
        String where = " WHERE global_index > ? AND global_index <= ?" + filter.sql(params);
        return query(COLUMNS + where + " ORDER BY global_index FETCH FIRST " + limit + " ROWS ONLY",
                EventLog::event, params.toArray());
    }

    /** Every event of one entity, by sequence number. */
    public List<ChainedEvent> history(String entityId) {
        return query(COLUMNS + " WHERE aggregate_identifier = ? ORDER BY sequence_number", EventLog::event, entityId);
    }

    /**
     * Feeds every event in position order to {@code sink}, one page at a time (constant memory),
     * until the sink returns false.
     */
    public void walk(int pageSize, Predicate<ChainedEvent> sink) {
        long after = 0;
        while (true) {
            List<ChainedEvent> page = query(COLUMNS + " WHERE global_index > ? ORDER BY global_index FETCH FIRST "
                    + pageSize + " ROWS ONLY", EventLog::event, after);
            for (ChainedEvent e : page) {
                if (!sink.test(e)) {
                    return;
                }
            }
            if (page.size() < pageSize) {
                return;
            }
            after = page.get(page.size() - 1).position();
        }
    }

    private interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Mapper<T> mapper, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new EventStoreException("reading the event log failed: " + e.getMessage(), e);
        }
    }

    private static ChainedEvent event(ResultSet rs) throws SQLException {
        return new ChainedEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12));
    }
}
