package org.warledger.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.warledger.cli.common.Api;
import org.warledger.proto.v1.AssertClaimRequest;
import org.warledger.proto.v1.RecordStrikeOutcomeRequest;
import org.warledger.proto.v1.RecordStrikeRequest;
import org.warledger.proto.v1.RegisterClaimantRequest;
import org.warledger.proto.v1.RegisterPartyRequest;
import org.warledger.proto.v1.RequestContext;
import org.warledger.proto.v1.RetractClaimRequest;
import org.warledger.proto.v1.WriteResult;

/**
 * Sends the seed story (proto jar: warledger/demo/seed-pak-afg-2026.json) through the public API.
 * Each request carries the fixed request id {@code seed/<conflict>/<section>/<id>}, so a second
 * load stores nothing twice; an id someone else already took (ALREADY_EXISTS) counts as loaded.
 * Under another conflict key, ids that start with the story's key get that key instead.
 */
public final class SeedLoader {

    public static final String RESOURCE = "/warledger/demo/seed-pak-afg-2026.json";
    /** Sections whose RPCs this API does not have yet. */
    static final List<String> NOT_YET = List.of("operations", "ceasefires", "statements");

    /** What became of one section. */
    public record Section(String name, int stored, int alreadyLoaded) {
    }

    private final JsonNode doc;
    private final String conflict;

    private SeedLoader(JsonNode doc, String conflict) {
        this.doc = doc;
        this.conflict = conflict;
    }

    /** The story from the classpath, under its own conflict key or {@code conflictKey} if given. */
    public static SeedLoader fromClasspath(String conflictKey) {
        try (InputStream in = SeedLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (warledger-proto jar)");
            }
            JsonNode doc = new ObjectMapper().readTree(in);
            String own = doc.get("conflict_key").asText();
            if (conflictKey == null || conflictKey.equals(own)) {
                return new SeedLoader(doc, own);
            }
            rekey(doc, own, conflictKey);
            return new SeedLoader(doc, conflictKey);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    public String conflictKey() {
        return conflict;
    }

    public String about() {
        return doc.path("about").asText().split(":")[0];
    }

    /** Loads every section the API takes today, in dependency order. */
    public List<Section> load(Api api) {
        return List.of(
                send("parties", RegisterPartyRequest.newBuilder(), "key", m -> api.commands().registerParty((RegisterPartyRequest) m)),
                send("claimants", RegisterClaimantRequest.newBuilder(), "key", m -> api.commands().registerClaimant((RegisterClaimantRequest) m)),
                send("strikes", RecordStrikeRequest.newBuilder(), "strike_id", m -> api.commands().recordStrike((RecordStrikeRequest) m)),
                send("strike_outcomes", RecordStrikeOutcomeRequest.newBuilder(), "strike_id",
                        m -> api.commands().recordStrikeOutcome((RecordStrikeOutcomeRequest) m)),
                send("claims", AssertClaimRequest.newBuilder(), "claim_id", m -> api.commands().assertClaim((AssertClaimRequest) m)),
                send("claim_retractions", RetractClaimRequest.newBuilder(), "claim_id",
                        m -> api.commands().retractClaim((RetractClaimRequest) m)));
    }

    /** Entries per section this loader cannot send yet. */
    public Map<String, Integer> notLoadable() {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        NOT_YET.forEach(name -> out.put(name, doc.path(name).size()));
        out.values().removeIf(n -> n == 0);
        return out;
    }

    private Section send(String name, Message.Builder prototype, String idField, Function<Message, WriteResult> rpc) {
        int stored = 0;
        int already = 0;
        for (JsonNode node : doc.path(name)) {
            Message.Builder b = prototype.getDefaultInstanceForType().newBuilderForType();
            try {
                JsonFormat.parser().merge(node.toString(), b);
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("bad " + name + " entry in " + RESOURCE + ": " + node, e);
            }
            var desc = b.getDescriptorForType();
            var conflictField = desc.findFieldByName("conflict_key");
            if (conflictField != null) {
                b.setField(conflictField, conflict);
            }
            String id = String.valueOf(b.getField(desc.findFieldByName(idField)));
            b.setField(desc.findFieldByName("context"), RequestContext.newBuilder()
                    .setRequestId("seed/" + conflict + "/" + name + "/" + id).setClientName("seed-loader").build());
            try {
                if (rpc.apply(b.build()).getReplayed()) {
                    already++;
                } else {
                    stored++;
                }
            } catch (StatusRuntimeException e) {
                if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
                    throw e;
                }
                already++;
            }
        }
        return new Section(name, stored, already);
    }

    /** Gives every id (a field "..._id" or "strike_ids") that starts with {@code from} the prefix {@code to}. */
    private static void rekey(JsonNode node, String from, String to) {
        if (node instanceof ArrayNode array) {
            array.forEach(n -> rekey(n, from, to));
        } else if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                var field = it.next();
                if (field.getKey().endsWith("_id") && field.getValue().isTextual()) {
                    field.setValue(new TextNode(swap(field.getValue().asText(), from, to)));
                } else if (field.getKey().endsWith("_ids") && field.getValue() instanceof ArrayNode ids) {
                    for (int i = 0; i < ids.size(); i++) {
                        ids.set(i, new TextNode(swap(ids.get(i).asText(), from, to)));
                    }
                } else {
                    rekey(field.getValue(), from, to);
                }
            }
        }
    }

    private static String swap(String id, String from, String to) {
        return id.startsWith(from) ? to + id.substring(from.length()) : id;
    }
}
