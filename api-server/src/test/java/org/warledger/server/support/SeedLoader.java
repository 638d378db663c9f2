package org.warledger.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.warledger.proto.v1.AssertClaimRequest;
import org.warledger.proto.v1.RecordStrikeOutcomeRequest;
import org.warledger.proto.v1.RecordStrikeRequest;
import org.warledger.proto.v1.RegisterClaimantRequest;
import org.warledger.proto.v1.DeclareCeasefireCollapsedRequest;
import org.warledger.proto.v1.LaunchOperationRequest;
import org.warledger.proto.v1.LinkStrikeToOperationRequest;
import org.warledger.proto.v1.RecordStatementRequest;
import org.warledger.proto.v1.RegisterPartyRequest;
import org.warledger.proto.v1.ReportCeasefireRequest;
import org.warledger.proto.v1.RequestContext;
import org.warledger.proto.v1.RetractClaimRequest;

/**
 * Loads the seed story (proto jar: warledger/demo/seed-pak-afg-2026.json) through the public gRPC
 * API. Every request carries a fixed request id, so loading twice stores nothing twice; a party
 * or claimant someone else already registered under the same key is taken as it is.
 */
public final class SeedLoader {

    public static final String RESOURCE = "/warledger/demo/seed-pak-afg-2026.json";

    private final JsonNode doc;
    private final String conflict;

    private SeedLoader(JsonNode doc) {
        this.doc = doc;
        this.conflict = doc.get("conflict_key").asText();
    }

    public static SeedLoader seed() {
        try (InputStream in = SeedLoader.class.getResourceAsStream(RESOURCE)) {
            return new SeedLoader(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    public String conflictKey() {
        return conflict;
    }

    /** Registers the story's parties and claimants. */
    public void loadRegistry() {
        for (RegisterPartyRequest.Builder r : section("parties", RegisterPartyRequest::newBuilder)) {
            registering(() -> Grpc.commands().registerParty(r.setContext(context("parties", r.getKey())).build()));
        }
        for (RegisterClaimantRequest.Builder r : section("claimants", RegisterClaimantRequest::newBuilder)) {
            registering(() -> Grpc.commands().registerClaimant(r.setContext(context("claimants", r.getKey())).build()));
        }
    }

    /** Loads the whole story: registry, ceasefires, strikes and their outcomes, operations, claims, statements. */
    public void loadAll() {
        loadAllButRetractions();
        loadRetractions();
    }

    /** The story as first reported: everything but the retraction of the deleted post. */
    public void loadAllButRetractions() {
        loadRegistry();
        // before the strikes: a collapse "by 26 Feb" then sorts before the attack that day
        for (JsonNode node : doc.path("ceasefires")) {
            ReportCeasefireRequest.Builder r = parse(node, ReportCeasefireRequest.newBuilder(), "collapsed");
            Grpc.commands().reportCeasefire(r.setContext(context("ceasefires", r.getCeasefireId()))
                    .setConflictKey(conflict).build());
            if (node.has("collapsed")) {
                var c = parse(node.get("collapsed"), DeclareCeasefireCollapsedRequest.newBuilder());
                Grpc.commands().declareCeasefireCollapsed(c.setCeasefireId(r.getCeasefireId())
                        .setContext(context("ceasefire_collapses", r.getCeasefireId())).build());
            }
        }
        // before the strikes too: the launch sorts before the strikes of its first day
        for (JsonNode node : doc.path("operations")) {
            LaunchOperationRequest.Builder r = parse(node, LaunchOperationRequest.newBuilder(), "strike_ids");
            Grpc.commands().launchOperation(r.setContext(context("operations", r.getOperationId()))
                    .setConflictKey(conflict).build());
            for (JsonNode strike : node.path("strike_ids")) {
                Grpc.commands().linkStrikeToOperation(LinkStrikeToOperationRequest.newBuilder()
                        .setContext(context("operation_links", r.getOperationId() + "/" + strike.asText()))
                        .setOperationId(r.getOperationId()).setStrikeId(strike.asText()).build());
            }
        }
        send("strikes", RecordStrikeRequest::newBuilder, r -> {
            r.setContext(context("strikes", r.getStrikeId())).setConflictKey(conflict);
            return Grpc.commands().recordStrike(r.build());
        });
        send("strike_outcomes", RecordStrikeOutcomeRequest::newBuilder, r -> Grpc.commands()
                .recordStrikeOutcome(r.setContext(context("strike_outcomes", r.getStrikeId())).build()));
        send("claims", AssertClaimRequest::newBuilder, r -> {
            r.setContext(context("claims", r.getClaimId())).setConflictKey(conflict);
            return Grpc.commands().assertClaim(r.build());
        });
    }

    /** The deleted post, retracted. */
    public void loadRetractions() {
        send("claim_retractions", RetractClaimRequest::newBuilder, r -> Grpc.commands()
                .retractClaim(r.setContext(context("claim_retractions", r.getClaimId())).build()));
        send("statements", RecordStatementRequest::newBuilder, r -> Grpc.commands().recordStatement(
                r.setContext(context("statements", r.getStatementId())).setConflictKey(conflict).build()));
    }

    private <B extends Message.Builder> void send(String name, Supplier<B> builder, Function<B, Object> call) {
        section(name, builder).forEach(call::apply);
    }

    /** The request in {@code node}, leaving out the nested follow-up requests named. */
    private static <B extends Message.Builder> B parse(JsonNode node, B builder, String... without) {
        var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) node).deepCopy();
        copy.remove(List.of(without));
        try {
            JsonFormat.parser().merge(copy.toString(), builder);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("bad entry in " + RESOURCE + ": " + node, e);
        }
        return builder;
    }

    private RequestContext context(String section, String id) {
        return RequestContext.newBuilder().setRequestId("seed/" + conflict + "/" + section + "/" + id)
                .setClientName("seed-loader").build();
    }

    private <B extends Message.Builder> List<B> section(String name, Supplier<B> builder) {
        List<B> out = new ArrayList<>();
        for (JsonNode node : doc.path(name)) {
            B b = builder.get();
            try {
                JsonFormat.parser().merge(node.toString(), b);
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("bad " + name + " entry in " + RESOURCE + ": " + node, e);
            }
            out.add(b);
        }
        return out;
    }

    private static void registering(Runnable call) {
        try {
            call.run();
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
                throw e;
            }
        }
    }
}
