package org.warledger.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import grpc.health.v1.HealthGrpc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.warledger.proto.v1.CommandServiceGrpc;
import org.warledger.proto.v1.GetStrikeRequest;
import org.warledger.proto.v1.RecordStrikeRequest;
import org.warledger.server.support.EventLog;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;
import org.warledger.server.support.Tokens;

/** Every call needs a valid token; a refused call stores nothing; the principal is the recorder. */
@QuarkusTest
class AuthenticationTest {

    @Inject
    EventLog log;

    private static RecordStrikeRequest strike(String id) {
        return Requests.strike("auth-" + UUID.randomUUID().toString().substring(0, 8)).setStrikeId(id).build();
    }

    private static CommandServiceGrpc.CommandServiceBlockingStub commandsWith(String token) {
        var stub = CommandServiceGrpc.newBlockingStub(Grpc.channel());
        return token == null ? stub : stub.withCallCredentials(Tokens.credentials(token));
    }

    private void assertRefused(String token, Status.Code expected) {
        String id = "refused-" + UUID.randomUUID();
        RecordStrikeRequest request = strike(id);

        var e = catchThrowableOfType(StatusRuntimeException.class, () -> commandsWith(token).recordStrike(request));

        assertThat(e.getStatus().getCode()).isEqualTo(expected);
        assertThat(log.metadataOf(id)).isEmpty();
        // the request id was not used up either: the same request by an allowed caller is new, not a replay
        assertThat(Grpc.commands().recordStrike(request).getReplayed()).isFalse();
    }

    @Test
    void aCallWithoutATokenIsUnauthenticated() {
        assertRefused(null, Status.Code.UNAUTHENTICATED);
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthenticated() {
        assertRefused(Tokens.forged("mallory", Roles.RECORDER), Status.Code.UNAUTHENTICATED);
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        assertRefused(Tokens.expired("alice", Roles.RECORDER), Status.Code.UNAUTHENTICATED);
    }

    @Test
    void garbageInsteadOfATokenIsUnauthenticated() {
        assertRefused("not-a-jwt", Status.Code.UNAUTHENTICATED);
    }

    @Test
    void aReaderMayNotRecord() {
        assertRefused(Tokens.issue("rita", Roles.READER), Status.Code.PERMISSION_DENIED);
    }

    @Test
    void theAuthenticatedPrincipalIsRecordedAndTheClientNameKeptApart() {
        String id = "attributed-" + UUID.randomUUID();
        commandsWith(Tokens.issue("alice@example.org", Roles.RECORDER)).recordStrike(strike(id));

        assertThat(log.metadataOf(id)).singleElement().satisfies(meta -> assertThat(meta)
                .contains("\"recordedBy\":\"alice@example.org\"").contains("\"clientName\":\"test-client\""));
    }

    @Test
    void healthNeedsNoToken() {
        var health = HealthGrpc.newBlockingStub(Grpc.channel()).check(HealthCheckRequest.getDefaultInstance());
        assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }

    @Test
    void readsNeedATokenToo() {
        var e = catchThrowableOfType(StatusRuntimeException.class, () -> org.warledger.proto.v1.QueryServiceGrpc
                .newBlockingStub(Grpc.channel()).getStrike(GetStrikeRequest.newBuilder().setStrikeId("x").build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }
}
