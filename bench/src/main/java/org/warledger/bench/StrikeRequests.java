package org.warledger.bench;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import org.warledger.proto.v1.AssertClaimRequest;
import org.warledger.proto.v1.Channel;
import org.warledger.proto.v1.ClaimCategory;
import org.warledger.proto.v1.ClaimScope;
import org.warledger.proto.v1.Location;
import org.warledger.proto.v1.LocationPrecision;
import org.warledger.proto.v1.Quantity;
import org.warledger.proto.v1.QuantityKind;
import org.warledger.proto.v1.RecordStrikeOutcomeRequest;
import org.warledger.proto.v1.RecordStrikeRequest;
import org.warledger.proto.v1.RequestContext;
import org.warledger.proto.v1.Source;
import org.warledger.proto.v1.StrikeMethod;
import org.warledger.proto.v1.StrikeOutcome;
import org.warledger.proto.v1.TimePrecision;
import org.warledger.proto.v1.TimeWindow;

/**
 * Well-formed write requests with ids unique to this run, shaped like real reports. Every party
 * and claimant they name is registered by {@link BenchRegistry}.
 */
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

    /**
     * A claim about one strike (the {@code strikeN}-th, whose day it takes as its window) by one of
     * three claimants ({@code claimant} 0, 1, 2): ISPR counts the attacker's (or TTP's) dead
     * exactly, MUJAHID gives Pakistani dead as "at least", UNAMA gives civilian dead or injured as a
     * range with a best estimate. {@code n} varies the figures.
     */
    AssertClaimRequest claim(String conflict, String idPart, String strikeId, long strikeN, int claimant, long n) {
        String id = "c-" + runId + "-" + idPart;
        Instant day = FIRST_DAY.plusSeconds(86_400L * (strikeN % 365));
        AssertClaimRequest.Builder b = AssertClaimRequest.newBuilder()
                .setContext(context("r-" + id))
                .setClaimId(id)
                .setConflictKey(conflict)
                .setStatedAt(ts(day.plusSeconds(86_400L + 3_600)))
                .setCitation("https://example.org/claim")
                .setScope(ClaimScope.newBuilder().setWindow(TimeWindow.newBuilder().setStart(ts(day))
                        .setEnd(ts(day.plusSeconds(86_399))).setPrecision(TimePrecision.TIME_PRECISION_DAY))
                        .addStrikeIds(strikeId));
        long v = 1 + n % 40;
        switch (claimant % 3) {
            case 0 -> {
                String attacker = attacker(strikeN);
                b.setClaimant("ISPR").setChannel(Channel.CHANNEL_PRESS_RELEASE)
                        .setSubjectParty("PAK".equals(attacker) ? "TTP" : attacker)
                        .setCategory(ClaimCategory.CLAIM_CATEGORY_KILLED)
                        .setQuantity(Quantity.newBuilder().setKind(QuantityKind.QUANTITY_KIND_EXACTLY).setValue(v))
                        .setOriginalWords(v + " terrorists were killed");
            }
            case 1 -> b.setClaimant("MUJAHID").setChannel(Channel.CHANNEL_SOCIAL_MEDIA_POST).setSubjectParty("PAK")
                    .setCategory(ClaimCategory.CLAIM_CATEGORY_KILLED)
                    .setQuantity(Quantity.newBuilder().setKind(QuantityKind.QUANTITY_KIND_AT_LEAST).setValue(v))
                    .setOriginalWords("at least " + v + " Pakistani soldiers were killed");
            default -> b.setClaimant("UNAMA").setChannel(Channel.CHANNEL_REPORT).setSubjectParty("CIV-AFG")
                    .setCategory(n % 2 == 0 ? ClaimCategory.CLAIM_CATEGORY_KILLED : ClaimCategory.CLAIM_CATEGORY_INJURED)
                    .setQuantity(Quantity.newBuilder().setKind(QuantityKind.QUANTITY_KIND_BETWEEN)
                            .setLow(v / 2).setHigh(v + 5).setBest(v))
                    .setOriginalWords("between " + v / 2 + " and " + (v + 5) + " civilian casualties");
        }
        return b.build();
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
