package org.warledger.server.support;

import org.warledger.proto.v1.AllegeCeasefireViolationRequest;
import org.warledger.proto.v1.DeclareCeasefireCollapsedRequest;
import org.warledger.proto.v1.EndCeasefireRequest;
import org.warledger.proto.v1.EndOperationRequest;
import org.warledger.proto.v1.LaunchOperationRequest;
import org.warledger.proto.v1.LinkStrikeToOperationRequest;
import org.warledger.proto.v1.RecordStatementRequest;
import org.warledger.proto.v1.RenewCeasefireRequest;
import org.warledger.proto.v1.ReportCeasefireRequest;
import org.warledger.proto.v1.Stance;
import org.warledger.proto.v1.TimePrecision;
import org.warledger.proto.v1.TimeWindow;

/** Well-formed ceasefire, statement and operation requests (to break one field at a time). */
public final class StoryRequests {

    private StoryRequests() {
    }

    public static TimeWindow month(String yearMonth, String lastDay) {
        return TimeWindow.newBuilder().setStart(Requests.ts(yearMonth + "-01T00:00:00Z"))
                .setEnd(Requests.ts(yearMonth + "-" + lastDay + "T23:59:59Z"))
                .setPrecision(TimePrecision.TIME_PRECISION_MONTH).build();
    }

    public static ReportCeasefireRequest.Builder ceasefire(String conflict) {
        return ReportCeasefireRequest.newBuilder().setContext(Requests.context()).setConflictKey(conflict)
                .addParties("PAK").addParties("IEA").addMediators("Qatar").setAgreed(month("2025-10", "31"))
                .setTerms("halt cross-border attacks").setSource(Requests.source("BBC"));
    }

    public static AllegeCeasefireViolationRequest.Builder violation(String ceasefireId, String violationId) {
        return AllegeCeasefireViolationRequest.newBuilder().setContext(Requests.context()).setCeasefireId(ceasefireId)
                .setViolationId(violationId).setAllegedBy("ISPR").setAgainst("IEA")
                .setOccurred(Requests.day("2026-02-10")).setDescription("posts attacked")
                .setSource(Requests.source("ISPR"));
    }

    public static DeclareCeasefireCollapsedRequest.Builder collapse(String ceasefireId) {
        return DeclareCeasefireCollapsedRequest.newBuilder().setContext(Requests.context())
                .setCeasefireId(ceasefireId).setCollapsedAt(Requests.day("2026-02-20")).setDeclaredBy("IEA")
                .setSource(Requests.source("BBC"));
    }

    public static EndCeasefireRequest.Builder end(String ceasefireId) {
        return EndCeasefireRequest.newBuilder().setContext(Requests.context()).setCeasefireId(ceasefireId)
                .setEndedAt(Requests.day("2026-02-25")).setReason("called off").setSource(Requests.source("BBC"));
    }

    public static RenewCeasefireRequest.Builder renew(String ceasefireId) {
        return RenewCeasefireRequest.newBuilder().setContext(Requests.context()).setCeasefireId(ceasefireId)
                .setRenewedAt(Requests.day("2026-03-05")).setTerms("same terms").setSource(Requests.source("BBC"));
    }

    public static RecordStatementRequest.Builder statement(String conflict) {
        return RecordStatementRequest.newBuilder().setContext(Requests.context()).setConflictKey(conflict)
                .setSpeaker("EU spokesperson").setSpeaksFor("EU").setMadeAt(Requests.day("2026-02-27"))
                .addStances(Stance.STANCE_CALLS_FOR_DEESCALATION).setSummary("urges de-escalation")
                .setSource(Requests.source("BBC"));
    }

    public static LaunchOperationRequest.Builder operation(String conflict) {
        return LaunchOperationRequest.newBuilder().setContext(Requests.context()).setConflictKey(conflict)
                .setName("Ghazab lil-Haq").setParty("PAK").setStarted(Requests.day("2026-02-27"))
                .setDescription("air and artillery strikes").setSource(Requests.source("ISPR"));
    }

    public static EndOperationRequest.Builder endOperation(String operationId) {
        return EndOperationRequest.newBuilder().setContext(Requests.context()).setOperationId(operationId)
                .setEnded(Requests.day("2026-02-28")).setSource(Requests.source("ISPR"));
    }

    public static LinkStrikeToOperationRequest.Builder link(String operationId, String strikeId) {
        return LinkStrikeToOperationRequest.newBuilder().setContext(Requests.context()).setOperationId(operationId)
                .setStrikeId(strikeId);
    }
}
