package org.warledger.server.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which events a stream carries. Event types match a payload type's full name or its simple name
 * (the part after the last '.' or '$'). The conflict key is matched as the JSON text
 * {@code "conflictKey":"<key>"} inside the stored payload: the store keeps payloads as text, and
 * Warledger's serializer writes them compactly, so this is exact for our events without a JSON
 * column type that H2 and PostgreSQL would disagree on.
 */
public record EventFilter(String entityId, Set<String> eventTypes, String conflictKey) {

    public static final EventFilter ALL = new EventFilter(null, Set.of(), null);

    public EventFilter {
        eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
    }

    /** The SQL condition (starting with " AND ", or empty) and its parameters appended to {@code params}. */
    String sql(List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (entityId != null) {
            sql.append(" AND aggregate_identifier = ?");
            params.add(entityId);
        }
        if (!eventTypes.isEmpty()) {
            List<String> ors = new ArrayList<>();
            for (String type : eventTypes) {
                if (type.contains(".")) {
                    ors.add("payload_type = ?");
                    params.add(type);
                } else {
                    ors.add("payload_type LIKE ? OR payload_type LIKE ?");
                    params.add("%." + escape(type));
                    params.add("%$" + escape(type));
                }
            }
            sql.append(" AND (").append(String.join(" OR ", ors)).append(")");
        }
        if (conflictKey != null) {
            sql.append(" AND payload LIKE ? ESCAPE '!'");
            params.add("%\"conflictKey\":\"" + escape(conflictKey) + "\"%");
        }
        return sql.toString();
    }

    private static String escape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
