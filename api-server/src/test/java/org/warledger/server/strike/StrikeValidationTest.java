package org.warledger.server.strike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.RecordStrikeRequest;
import org.warledger.proto.v1.StrikeMethod;
import org.warledger.proto.v1.TimePrecision;
import org.warledger.proto.v1.TimeWindow;
import org.warledger.server.support.Grpc;
import org.warledger.server.support.Requests;

/** Every malformed strike is refused with INVALID_ARGUMENT naming the field, and stores nothing. */
@QuarkusTest
class StrikeValidationTest {

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("conflict_key", b -> b.setConflictKey("")),
                bad("conflict_key", b -> b.setConflictKey("Pak Afg")),
                bad("strike_id", b -> b.setStrikeId("no spaces allowed")),
                bad("attacker", b -> b.setAttacker("")),
                bad("methods", b -> b.clearMethods()),
                bad("methods[1]", b -> b.addMethods(StrikeMethod.STRIKE_METHOD_UNSPECIFIED)),
                bad("methods[1]", b -> b.addMethodsValue(99)),
                bad("target_description", b -> b.setTargetDescription("")),
                bad("target_description", b -> b.setTargetDescription("x".repeat(201))),
                bad("target_description", b -> b.setTargetDescription("army\u0000school")),
                bad("source.citation", b -> b.setSource(b.getSource().toBuilder().setCitation("see\u001b[31m"))),
                bad("location", b -> b.clearLocation()),
                bad("location.country_code", b -> b.setLocation(b.getLocation().toBuilder().setCountryCode("Pakistan"))),
                bad("location.latitude", b -> b.setLocation(b.getLocation().toBuilder().setLatitude(91))),
                bad("location.longitude", b -> b.setLocation(b.getLocation().toBuilder().setLongitude(-181))),
                bad("location.longitude", b -> b.setLocation(b.getLocation().toBuilder().clearLongitude())),
                bad("location.precision", b -> b.setLocation(b.getLocation().toBuilder().setPrecisionValue(0))),
                bad("occurred", b -> b.clearOccurred()),
                bad("occurred.end", b -> b.setOccurred(TimeWindow.newBuilder().setStart(Requests.ts("2026-02-27T10:00:00Z"))
                        .setEnd(Requests.ts("2026-02-27T09:00:00Z")).setPrecision(TimePrecision.TIME_PRECISION_EXACT))),
                bad("occurred.precision", b -> b.setOccurred(b.getOccurred().toBuilder().setPrecisionValue(42))),
                bad("occurred.start", b -> b.setOccurred(TimeWindow.newBuilder().setEnd(Requests.ts("2026-02-27T09:00:00Z"))
                        .setPrecision(TimePrecision.TIME_PRECISION_DAY))),
                bad("source", b -> b.clearSource()),
                bad("source.reported_by", b -> b.setSource(b.getSource().toBuilder().setReportedBy(""))),
                bad("context.request_id", b -> b.setContext(b.getContext().toBuilder().setRequestId("r".repeat(129)))));
    }

    private static Arguments bad(String field, UnaryOperator<RecordStrikeRequest.Builder> breakIt) {
        return Arguments.of(field, breakIt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void aBadFieldIsNamedAndNothingIsStored(String field, UnaryOperator<RecordStrikeRequest.Builder> breakIt) {
        String conflict = "val-" + UUID.randomUUID().toString().substring(0, 8);
        RecordStrikeRequest request = breakIt.apply(Requests.strike(conflict)).build();

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> Grpc.commands().recordStrike(request));

        assertThat(e).as("the request was accepted").isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(Grpc.badFields(e)).contains(field);
        assertThat(Grpc.reason(e)).isEqualTo("INVALID_FIELD");
        if (!request.getConflictKey().equals(conflict)) {
            return;
        }
        // a valid write after the bad one: once it shows, the bad one would have shown too
        Grpc.commands().recordStrike(Requests.strike(conflict).build());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Grpc.queries()
                .listTimeline(ListTimelineRequest.newBuilder().setConflictKey(conflict).build())
                .getEntriesCount()).isEqualTo(1));
    }
}
