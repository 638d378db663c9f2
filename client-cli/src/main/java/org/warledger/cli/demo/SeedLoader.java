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
import org.warledger.proto.v1.DeclareCeasefireCollapsedRequest;
import org.warledger.proto.v1.LaunchOperationRequest;
import org.warledger.proto.v1.LinkStrikeToOperationRequest;
import org.warledger.proto.v1.RecordStatementRequest;
import org.warledger.proto.v1.ReportCeasefireRequest;
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

    /** Loads the whole story, in dependency order. */
    public List<Section> load(Api api) {
        List<Section> out = new ArrayList<>(loadAllButRetractions(api));
        out.addAll(loadRetractions(api));
        return out;
    }

    /** The parties and claimants the story names. */
    public List<Section> loadRegistry(Api api) {
        return List.of(
                send("parties", RegisterPartyRequest.newBuilder(), "key", m -> api.commands().registerParty((RegisterPartyRequest) m)),
                send("claimants", RegisterClaimantRequest.newBuilder(), "key", m -> api.commands().registerClaimant((RegisterClaimantRequest) m)));
    }

    /** The story as first reported: everything but the retraction of the deleted post and what came after. */
    public List<Section> loadAllButRetractions(Api api) {
        List<Section> out = new ArrayList<>(loadRegistry(api));
        // ceasefires and operations before the strikes: a collapse "by 26 Feb" and a launch then sort
        // before the strikes of that day
        out.add(send("ceasefires", ReportCeasefireRequest.newBuilder(), "ceasefire_id",
                m -> api.commands().reportCeasefire((ReportCeasefireRequest) m), "collapsed"));
        out.add(nested("ceasefires", "collapsed", "ceasefire_collapses", DeclareCeasefireCollapsedRequest.newBuilder(),
                "ceasefire_id", m -> api.commands().declareCeasefireCollapsed((DeclareCeasefireCollapsedRequest) m)));
        out.add(send("operations", LaunchOperationRequest.newBuilder(), "operation_id",
                m -> api.commands().launchOperation((LaunchOperationRequest) m), "strike_ids"));
        out.add(send("strikes", RecordStrikeRequest.newBuilder(), "strike_id", m -> api.commands().recordStrike((RecordStrikeRequest) m)));
        out.add(operationLinks(api));
        out.add(send("strike_outcomes", RecordStrikeOutcomeRequest.newBuilder(), "strike_id",
                m -> api.commands().recordStrikeOutcome((RecordStrikeOutcomeRequest) m)));
        out.add(send("claims", AssertClaimRequest.newBuilder(), "claim_id", m -> api.commands().assertClaim((AssertClaimRequest) m)));
        return out;
    }

    /** The deleted post, retracted, and the statements made that day. */
    public List<Section> loadRetractions(Api api) {
        return List.of(
                send("claim_retractions", RetractClaimRequest.newBuilder(), "claim_id",
                        m -> api.commands().retractClaim((RetractClaimRequest) m)),
                send("statements", RecordStatementRequest.newBuilder(), "statement_id",
                        m -> api.commands().recordStatement((RecordStatementRequest) m)));
    }

    /** Each collapse nested in a ceasefire entry, as its own request. */
    private Section nested(String section, String field, String name, Message.Builder prototype, String idField,
                           Function<Message, WriteResult> rpc) {
        Counter counter = new Counter(name);
        for (JsonNode entry : doc.path(section)) {
            if (entry.has(field)) {
                ObjectNode request = entry.get(field).deepCopy();
                request.put(idField, entry.get(idField).asText());
                counter.count(() -> rpc.apply(build(name, request, prototype, idField)));
            }
        }
        return counter.section();
    }

    /** Links each operation to the strikes listed under it. */
    private Section operationLinks(Api api) {
        Counter counter = new Counter("operation_links");
        for (JsonNode operation : doc.path("operations")) {
            String operationId = operation.get("operation_id").asText();
            for (JsonNode strike : operation.path("strike_ids")) {
                var request = LinkStrikeToOperationRequest.newBuilder().setOperationId(operationId)
                        .setStrikeId(strike.asText()).setContext(context("operation_links", operationId + "/" + strike.asText()));
                counter.count(() -> api.commands().linkStrikeToOperation(request.build()));
            }
        }
        return counter.section();
    }

    private Section send(String name, Message.Builder prototype, String idField, Function<Message, WriteResult> rpc,
                         String... nestedFields) {
        Counter counter = new Counter(name);
        for (JsonNode node : doc.path(name)) {
            ObjectNode request = node.deepCopy();
            request.remove(List.of(nestedFields));
            counter.count(() -> rpc.apply(build(name, request, prototype, idField)));
        }
        return counter.section();
    }

    /** The request in {@code node}, with the loader's conflict key and a fixed request id. */
    private Message build(String section, JsonNode node, Message.Builder prototype, String idField) {
        Message.Builder b = prototype.getDefaultInstanceForType().newBuilderForType();
        try {
            JsonFormat.parser().merge(node.toString(), b);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("bad " + section + " entry in " + RESOURCE + ": " + node, e);
        }
        var desc = b.getDescriptorForType();
        var conflictField = desc.findFieldByName("conflict_key");
        if (conflictField != null) {
            b.setField(conflictField, conflict);
        }
        String id = String.valueOf(b.getField(desc.findFieldByName(idField)));
        b.setField(desc.findFieldByName("context"), context(section, id));
        return b.build();
    }

    private RequestContext context(String section, String id) {
        return RequestContext.newBuilder().setRequestId("seed/" + conflict + "/" + section + "/" + id)
                .setClientName("seed-loader").build();
    }

    /** Counts what a section stored and what was there already (replayed, or ALREADY_EXISTS). */
    private static final class Counter {
        private final String name;
        private int stored;
        private int already;

        Counter(String name) {
            this.name = name;
        }

        void count(java.util.function.Supplier<WriteResult> call) {
            try {
                if (call.get().getReplayed()) {
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

        Section section() {
            return new Section(name, stored, already);
        }
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
