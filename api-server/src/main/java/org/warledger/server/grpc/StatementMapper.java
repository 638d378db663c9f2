package org.warledger.server.grpc;

import static org.warledger.server.grpc.CommonMapper.blankToNull;

import java.util.ArrayList;
import java.util.List;
import org.warledger.domain.statement.Stance;
import org.warledger.domain.statement.StatementCommands.RecordStatement;
import org.warledger.projections.statement.StatementView;
import org.warledger.proto.v1.RecordStatementRequest;
import org.warledger.proto.v1.Statement;

/** Statement requests to commands (validating every field) and statement views to messages. */
final class StatementMapper {

    private StatementMapper() {
    }

    static RecordStatement toCommand(RecordStatementRequest r, String statementId) {
        Violations v = new Violations();
        v.id("statement_id", r.getStatementId());
        v.conflictKey("conflict_key", r.getConflictKey());
        v.required("speaker", r.getSpeaker());
        v.length("speaks_for", r.getSpeaksFor(), Violations.MAX_NAME);
        var madeAt = CommonMapper.window("made_at", r.hasMadeAt(), r.getMadeAt(), v);
        v.listSize("stances", r.getStancesCount(), 1, 20);
        List<Stance> stances = new ArrayList<>();
        for (int i = 0; i < r.getStancesCount(); i++) {
            var s = r.getStances(i);
            if (s == org.warledger.proto.v1.Stance.STANCE_UNSPECIFIED || s == org.warledger.proto.v1.Stance.UNRECOGNIZED) {
                v.add("stances[" + i + "]", "is not a known stance");
            } else {
                stances.add(Stance.valueOf(s.name().substring("STANCE_".length())));
            }
        }
        if (r.getSummary().isBlank()) {
            v.add("summary", "is required");
        }
        v.text("summary", r.getSummary());
        v.text("original_words", r.getOriginalWords());
        var source = CommonMapper.source("source", r.hasSource(), r.getSource(), v);
        v.throwIfAny();
        // a state or organisation speaking through no named person speaks for itself
        String speaksFor = r.getSpeaksFor().isBlank() ? r.getSpeaker() : r.getSpeaksFor();
        return new RecordStatement(statementId, r.getConflictKey(), r.getSpeaker(), speaksFor, madeAt,
                stances.stream().distinct().toList(), r.getSummary(), blankToNull(r.getOriginalWords()), source);
    }

    static Statement toProto(StatementView view) {
        var s = view.statement();
        var b = Statement.newBuilder().setStatementId(s.statementId()).setConflictKey(s.conflictKey())
                .setSpeaker(s.speaker()).setSpeaksFor(s.speaksFor()).setMadeAt(CommonMapper.toProto(s.madeAt()))
                .setSummary(s.summary()).setOriginalWords(CommonMapper.nullToEmpty(s.originalWords()))
                .setSource(CommonMapper.toProto(s.source())).setRecordedAt(CommonMapper.ts(view.recordedAt()));
        s.stances().forEach(st -> b.addStances(org.warledger.proto.v1.Stance.valueOf("STANCE_" + st.name())));
        return b.build();
    }
}
