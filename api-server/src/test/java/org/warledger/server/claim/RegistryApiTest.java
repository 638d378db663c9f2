package org.warledger.server.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.warledger.proto.v1.AddPartyAliasRequest;
import org.warledger.proto.v1.ClaimantKind;
import org.warledger.proto.v1.ListClaimantsRequest;
import org.warledger.proto.v1.ListPartiesRequest;
import org.warledger.proto.v1.ListPartiesResponse;
import org.warledger.proto.v1.Party;
import org.warledger.proto.v1.PartyKind;
import org.warledger.proto.v1.RegisterClaimantRequest;
import org.warledger.proto.v1.RegisterPartyRequest;
import org.warledger.proto.v1.RenamePartyRequest;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;

@QuarkusTest
class RegistryApiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final String key = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private RegisterPartyRequest.Builder party() {
        return RegisterPartyRequest.newBuilder().setContext(Requests.context()).setKey(key)
                .setDisplayName("Test forces").setKind(PartyKind.PARTY_KIND_ARMED_GROUP);
    }

    private static List<Party> allParties() {
        List<Party> all = new ArrayList<>();
        String token = "";
        do {
            ListPartiesResponse page = Grpc.queries().listParties(ListPartiesRequest.newBuilder().setPageSize(2)
                    .setPageToken(token).build());
            all.addAll(page.getPartiesList());
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        return all;
    }

    private Party mine() {
        return allParties().stream().filter(p -> p.getKey().equals(key)).findFirst().orElse(null);
    }

    private static StatusRuntimeException refused(Runnable call) {
        return catchThrowableOfType(StatusRuntimeException.class, call::run);
    }

    @Test
    void aRegisteredPartyIsListedAcrossPagesWithRenamesAndAliases() {
        Grpc.commands().registerParty(party().addAliases("Testers").build());
        Grpc.commands().renameParty(RenamePartyRequest.newBuilder().setContext(Requests.context()).setKey(key)
                .setDisplayName("Renamed forces").build());
        Grpc.commands().addPartyAlias(AddPartyAliasRequest.newBuilder().setContext(Requests.context()).setKey(key)
                .setAlias("The Testers").build());

        await().atMost(WAIT).untilAsserted(() -> {
            Party p = mine();
            assertThat(p).isNotNull();
            assertThat(p.getDisplayName()).isEqualTo("Renamed forces");
            assertThat(p.getAliasesList()).containsExactly("Testers", "The Testers");
        });
    }

    @Test
    void aClaimantCanBeRegisteredRightAfterItsPartyAndNamedByAlias() {
        Grpc.commands().registerParty(party().build());
        String claimant = key + "-SPOKES";
        Grpc.commands().registerClaimant(RegisterClaimantRequest.newBuilder().setContext(Requests.context())
                .setKey(claimant).setDisplayName("Spokesman").setKind(ClaimantKind.CLAIMANT_KIND_SPOKESPERSON)
                .setParty(key).addAliases("the spokesman of " + key).build());

        await().atMost(WAIT).untilAsserted(() -> assertThat(Grpc.queries().listClaimants(ListClaimantsRequest
                .newBuilder().setParty(key.toLowerCase()).build()).getClaimantsList())
                .singleElement().satisfies(c -> assertThat(c.getKey()).isEqualTo(claimant)));
        String id = Grpc.commands().assertClaim(Requests.claim("test-" + key.toLowerCase())
                .setClaimant("The Spokesman of " + key).setSubjectParty(key).build()).getEntityId();
        assertThat(id).startsWith("claim-");
    }

    @Test
    void registeringATakenKeyIsAlreadyExists() {
        Grpc.commands().registerParty(party().build());
        StatusRuntimeException e = refused(() -> Grpc.commands().registerParty(party().build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
    }

    @Test
    void badRegistrationsNameTheirFields() {
        StatusRuntimeException e = refused(() -> Grpc.commands().registerParty(RegisterPartyRequest.newBuilder()
                .setContext(Requests.context()).setKey("lower case").setCountryCode("Pakistan").build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(Grpc.badFields(e)).contains("key", "display_name", "kind", "country_code");
    }

    @Test
    void unknownPartiesAndClaimantsAreNotFound() {
        StatusRuntimeException claimant = refused(() -> Grpc.commands().registerClaimant(RegisterClaimantRequest
                .newBuilder().setContext(Requests.context()).setKey(key).setDisplayName("x")
                .setKind(ClaimantKind.CLAIMANT_KIND_MEDIA).setParty("NO-SUCH-PARTY").build()));
        assertThat(claimant.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(Grpc.badFields(claimant)).containsExactly("party");

        StatusRuntimeException rename = refused(() -> Grpc.commands().renameParty(RenamePartyRequest.newBuilder()
                .setContext(Requests.context()).setKey("NO-SUCH-PARTY").setDisplayName("x").build()));
        assertThat(rename.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(Grpc.badFields(rename)).containsExactly("key");
    }

    @Test
    void aPartyRefusedAsUnknownIsAcceptedOnceRegistered() {
        RegisterClaimantRequest claimant = RegisterClaimantRequest.newBuilder().setContext(Requests.context())
                .setKey(key + "-MEDIA").setDisplayName("x").setKind(ClaimantKind.CLAIMANT_KIND_MEDIA).setParty(key)
                .build();
        assertThat(refused(() -> Grpc.commands().registerClaimant(claimant)).getStatus().getCode())
                .isEqualTo(Status.Code.NOT_FOUND);

        Grpc.commands().registerParty(party().build());

        // the earlier refusal is not remembered: the same request (a new request id) now succeeds
        assertThat(Grpc.commands().registerClaimant(claimant.toBuilder().setContext(Requests.context()).build())
                .getEntityId()).isEqualTo(key + "-MEDIA");
    }

    @Test
    void aBadPageTokenIsRefused() {
        StatusRuntimeException e = refused(() -> Grpc.queries().listParties(ListPartiesRequest.newBuilder()
                .setPageToken("nonsense!").build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(Grpc.badFields(e)).containsExactly("page_token");
    }
}
