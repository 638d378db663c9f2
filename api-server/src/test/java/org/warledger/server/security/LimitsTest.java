package org.warledger.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.TimelineKind;
import org.warledger.server.support.EventLog;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;

/** Oversized input is refused whole, naming the field, never cut short. */
@QuarkusTest
class LimitsTest {

    @Inject
    EventLog log;

    @Test
    void aMessageOverTheSizeLimitIsResourceExhaustedAndStoresNothing() {
        long before = log.count();
        var request = Requests.strike("limits").setTargetDescription("x".repeat(5 * 1024 * 1024)).build();

        var e = catchThrowableOfType(StatusRuntimeException.class, () -> Grpc.commands().recordStrike(request));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(log.count()).isEqualTo(before);
    }

    @Test
    void aPartyNameLongerThanTheReadModelsKeepIsRefused() {
        var e = catchThrowableOfType(StatusRuntimeException.class, () -> Grpc.commands()
                .recordStrike(Requests.strike("limits").setAttacker("p".repeat(101)).build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(Grpc.badFields(e)).containsExactly("attacker");
    }

    @Test
    void aListFilterWithMoreKindsThanExistIsRefused() {
        var request = ListTimelineRequest.newBuilder().setConflictKey("limits")
                .addAllKinds(Collections.nCopies(1000, TimelineKind.TIMELINE_KIND_STRIKE)).build();

        var e = catchThrowableOfType(StatusRuntimeException.class, () -> Grpc.queries().listTimeline(request));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(Grpc.badFields(e)).containsExactly("kinds");
    }

    @Test
    void anOverlongPageTokenIsRefusedWithoutDecodingIt() {
        var e = catchThrowableOfType(StatusRuntimeException.class, () -> Grpc.queries().listTimeline(
                ListTimelineRequest.newBuilder().setConflictKey("limits").setPageToken("A".repeat(100_000)).build()));

        assertThat(Grpc.badFields(e)).containsExactly("page_token");
    }

    @Test
    void aHugeListIsRefusedWithAShortAnswerNamingTheList() {
        var request = org.warledger.proto.v1.ReportCeasefireRequest.newBuilder().setContext(Requests.context())
                .setConflictKey("limits").addAllParties(Collections.nCopies(5000, "PAK")).build();

        var e = catchThrowableOfType(StatusRuntimeException.class, () -> Grpc.commands().reportCeasefire(request));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(Grpc.badFields(e)).contains("parties").hasSizeLessThanOrEqualTo(20);
        assertThat(e.getStatus().getDescription()).endsWith("more");
    }
}
