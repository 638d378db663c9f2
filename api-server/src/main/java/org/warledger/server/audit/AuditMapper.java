package org.warledger.server.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.warledger.chain.ChainedEvent;
import org.warledger.chain.VerificationResult;
import org.warledger.proto.v1.AuditEvent;
import org.warledger.proto.v1.VerifyChainResponse;
import org.warledger.server.axon.Metadata;
import org.warledger.server.grpc.CommonMapper;

/** Stored events and verdicts to messages. Text that is hashed is passed on exactly as stored. */
final class AuditMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditMapper() {
    }

    static AuditEvent toProto(ChainedEvent e) {
        JsonNode meta = metadata(e.metadata());
        AuditEvent.Builder b = AuditEvent.newBuilder().setPosition(e.position()).setEventId(e.eventId())
                .setEntityType(nullToEmpty(e.aggregateType())).setEntityId(e.aggregateId())
                .setSequenceNumber(e.sequenceNumber()).setPayloadType(e.payloadType())
                .setPayloadRevision(nullToEmpty(e.payloadRevision())).setPayloadJson(e.payload())
                .setMetadataJson(e.metadata()).setRecordedBy(meta.path(Metadata.RECORDED_BY).asText(""))
                .setRequestId(meta.path(Metadata.REQUEST_ID).asText("")).setTimestampText(e.timestamp())
                .setPrevHash(e.prevHash()).setHash(e.hash());
        try {
            b.setRecordedAt(CommonMapper.ts(Instant.parse(e.timestamp())));
        } catch (DateTimeParseException ignored) {
            // an altered timestamp is still shown as text; verification reports it
        }
        return b.build();
    }

    static VerifyChainResponse toProto(VerificationResult r) {
        return VerifyChainResponse.newBuilder().setOk(r.ok()).setEventsChecked(r.eventsChecked())
                .setFirstBrokenPosition(r.firstBrokenPosition() == null ? 0 : r.firstBrokenPosition())
                .setProblem(nullToEmpty(r.problem())).setHeadPosition(r.headPosition()).setHeadHash(r.headHash())
                .build();
    }

    private static JsonNode metadata(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
