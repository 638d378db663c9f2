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
import org.warledger.proto.v1.RegisterPartyRequest;
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
        loadRegistry(Grpc.commands());
    }

    /** Registers the story's parties and claimants through the given stub (e.g. a server process). */
    public void loadRegistry(org.warledger.proto.v1.CommandServiceGrpc.CommandServiceBlockingStub commands) {
        for (RegisterPartyRequest.Builder r : section("parties", RegisterPartyRequest::newBuilder)) {
            registering(() -> commands.registerParty(r.setContext(context("parties", r.getKey())).build()));
        }
        for (RegisterClaimantRequest.Builder r : section("claimants", RegisterClaimantRequest::newBuilder)) {
            registering(() -> commands.registerClaimant(r.setContext(context("claimants", r.getKey())).build()));
        }
    }

    /** Loads everything the API can take today: registry, strikes and their outcomes, claims, retractions. */
    public void loadAll() {
        loadRegistry();
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
        send("claim_retractions", RetractClaimRequest::newBuilder, r -> Grpc.commands()
                .retractClaim(r.setContext(context("claim_retractions", r.getClaimId())).build()));
    }

    private <B extends Message.Builder> void send(String name, Supplier<B> builder, Function<B, Object> call) {
        section(name, builder).forEach(call::apply);
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
