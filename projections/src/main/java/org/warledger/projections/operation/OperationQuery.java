package org.warledger.projections.operation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warledger.projections.strike.StrikeView;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.Json;

/**
 * The operation view: an operation and its strikes, both those linked to it and those recorded
 * with its name in the same conflict (reporters often name the operation without anyone linking).
 */
public class OperationQuery {

    /** An operation, its known strikes (earliest first) and linked ids no strike is known for. */
    public record Result(OperationView operation, List<StrikeView> strikes, List<String> unknownStrikeIds) {
    }

    private final Jdbc jdbc;

    public OperationQuery(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The operation with its strikes, or null if no such operation is known. */
    public Result find(String operationId) {
        OperationView op = jdbc.queryOne("SELECT doc FROM operation_view WHERE operation_id = ?",
                rs -> Json.read(rs.getString(1), OperationView.class), operationId);
        if (op == null) {
            return null;
        }
        Map<String, StrikeView> strikes = new LinkedHashMap<>();
        jdbc.query("SELECT doc FROM strike_view WHERE conflict_key = ? AND LOWER(operation) = LOWER(?)",
                rs -> Json.read(rs.getString(1), StrikeView.class), op.conflictKey(), op.name())
                .forEach(s -> strikes.put(s.strikeId(), s));
        List<String> unknown = new ArrayList<>();
        for (String id : op.linkedStrikeIds()) {
            if (!strikes.containsKey(id)) {
                StrikeView s = jdbc.queryOne("SELECT doc FROM strike_view WHERE strike_id = ?",
                        rs -> Json.read(rs.getString(1), StrikeView.class), id);
                if (s == null) {
                    unknown.add(id);
                } else {
                    strikes.put(id, s);
                }
            }
        }
        List<StrikeView> ordered = strikes.values().stream()
                .sorted(Comparator.comparing((StrikeView s) -> s.occurred().sortKey(),
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(StrikeView::strikeId))
                .toList();
        return new Result(op, ordered, List.copyOf(unknown));
    }
}
