package org.warledger.bench;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.warledger.proto.v1.ClaimantKind;
import org.warledger.proto.v1.PartyKind;
import org.warledger.proto.v1.RegisterClaimantRequest;
import org.warledger.proto.v1.RegisterPartyRequest;
import org.warledger.proto.v1.RequestContext;

/**
 * Registers the parties and claimants the load uses: the server refuses a strike whose attacker,
 * or a claim whose claimant or subject, is not registered. Fixed request ids, so registering
 * twice stores nothing twice.
 */
final class BenchRegistry {

    record PartyDef(String key, String name, PartyKind kind, String country) {
    }

    record ClaimantDef(String key, String name, ClaimantKind kind, String party) {
    }

    static final PartyDef[] PARTIES = {
        new PartyDef("PAK", "Pakistan Armed Forces", PartyKind.PARTY_KIND_STATE_FORCES, "PK"),
        new PartyDef("IEA", "Afghan Taliban authorities", PartyKind.PARTY_KIND_DE_FACTO_STATE_FORCES, "AF"),
        new PartyDef("TTP", "Tehrik-i-Taliban Pakistan", PartyKind.PARTY_KIND_ARMED_GROUP, "PK"),
        new PartyDef("BLA", "Balochistan Liberation Army", PartyKind.PARTY_KIND_ARMED_GROUP, "PK"),
        new PartyDef("CIV-AFG", "Afghan civilians", PartyKind.PARTY_KIND_CIVILIANS, "AF"),
    };

    static final ClaimantDef[] CLAIMANTS = {
        new ClaimantDef("ISPR", "Inter-Services Public Relations", ClaimantKind.CLAIMANT_KIND_SPOKESPERSON, "PAK"),
        new ClaimantDef("MUJAHID", "Zabihullah Mujahid, Afghan Taliban spokesman",
                ClaimantKind.CLAIMANT_KIND_SPOKESPERSON, "IEA"),
        new ClaimantDef("UNAMA", "UN Assistance Mission in Afghanistan", ClaimantKind.CLAIMANT_KIND_OTHER, ""),
    };

    private BenchRegistry() {
    }

    /** Registers every party and claimant; returns how many registrations were sent. */
    static int registerAll(Clients clients) {
        int sent = 0;
        for (PartyDef p : PARTIES) {
            send(() -> clients.commands(0).registerParty(RegisterPartyRequest.newBuilder()
                    .setContext(context("bench-party-" + p.key())).setKey(p.key()).setDisplayName(p.name())
                    .setKind(p.kind()).setCountryCode(p.country()).build()));
            sent++;
        }
        for (ClaimantDef c : CLAIMANTS) {
            send(() -> clients.commands(0).registerClaimant(RegisterClaimantRequest.newBuilder()
                    .setContext(context("bench-claimant-" + c.key())).setKey(c.key()).setDisplayName(c.name())
                    .setKind(c.kind()).setParty(c.party()).build()));
            sent++;
        }
        return sent;
    }

    private static void send(Runnable call) {
        try {
            call.run();
        } catch (StatusRuntimeException e) {
            // taken by an earlier registration under another request id: registered all the same
            if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
                throw e;
            }
        }
    }

    private static RequestContext context(String requestId) {
        return RequestContext.newBuilder().setRequestId(requestId).setClientName("warledger-bench").build();
    }
}
