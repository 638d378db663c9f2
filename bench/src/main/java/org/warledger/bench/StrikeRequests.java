package org.warledger.bench;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import org.warledger.proto.v1.Location;
import org.warledger.proto.v1.LocationPrecision;
import org.warledger.proto.v1.RecordStrikeOutcomeRequest;
import org.warledger.proto.v1.RecordStrikeRequest;
import org.warledger.proto.v1.RequestContext;
import org.warledger.proto.v1.Source;
import org.warledger.proto.v1.StrikeMethod;
import org.warledger.proto.v1.StrikeOutcome;
import org.warledger.proto.v1.TimePrecision;
import org.warledger.proto.v1.TimeWindow;

/** Well-formed write requests with ids unique to this run, shaped like real reports. */
final class StrikeRequests {

    private static final String[] ATTACKERS = {"IEA", "PAK", "TTP", "BLA"};
    private static final Instant FIRST_DAY = Instant.parse("2026-01-01T00:00:00Z");

    private final String runId;

    StrikeRequests(String runId) {
        this.runId = runId;
    }

    /** The attacker used for the n-th strike (cycles through a few party keys). */
    static String attacker(long n) {
        return ATTACKERS[(int) (n % ATTACKERS.length)];
    }

    static String firstAttacker() {
        return ATTACKERS[0];
    }

    /** A new strike with a unique id, in the given conflict, happening on a day derived from n. */
    RecordStrikeRequest strike(String conflict, String idPart, long n) {
        String id = "s-" + runId + "-" + idPart;
        Instant day = FIRST_DAY.plusSeconds(86_400L * (n % 365));
        return RecordStrikeRequest.newBuilder()
                .setContext(context("r-" + id))
                .setStrikeId(id)
                .setConflictKey(conflict)
                .setAttacker(attacker(n))
                .addMethods(StrikeMethod.STRIKE_METHOD_DRONE)
                .setTargetDescription("army artillery school")
                .setLocation(Location.newBuilder().setPlaceName("Nowshehra").setRegion("Khyber Pakhtunkhwa")
                        .setCountryCode("PK").setLatitude(34.0).setLongitude(71.97)
                        .setPrecision(LocationPrecision.LOCATION_PRECISION_NEAR))
                .setOccurred(TimeWindow.newBuilder().setStart(ts(day)).setEnd(ts(day.plusSeconds(86_399)))
                        .setPrecision(TimePrecision.TIME_PRECISION_DAY))
                .setSource(source())
                .build();
    }

    /** Another outcome for an existing strike; the request id is unique per call. */
    RecordStrikeOutcomeRequest outcome(String strikeId, String idPart, long n) {
        return RecordStrikeOutcomeRequest.newBuilder()
                .setContext(context("o-" + runId + "-" + idPart))
                .setStrikeId(strikeId)
                .setOutcome(n % 2 == 0 ? StrikeOutcome.STRIKE_OUTCOME_INTERCEPTED : StrikeOutcome.STRIKE_OUTCOME_HIT)
                .setDescription("drone shot down")
                .setSource(source())
                .build();
    }

    String strikeId(String idPart) {
        return "s-" + runId + "-" + idPart;
    }

    private static RequestContext context(String requestId) {
        return RequestContext.newBuilder().setRequestId(requestId).setClientName("warledger-bench").build();
    }

    private static Source source() {
        return Source.newBuilder().setReportedBy("ISPR").setCitation("https://example.org/report")
                .setPublishedAt(ts(Instant.parse("2026-02-27T10:00:00Z"))).build();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }
}
