package org.warledger.server.support;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.warledger.proto.v1.AssertClaimRequest;
import org.warledger.proto.v1.Channel;
import org.warledger.proto.v1.ClaimCategory;
import org.warledger.proto.v1.ClaimScope;
import org.warledger.proto.v1.Location;
import org.warledger.proto.v1.Quantity;
import org.warledger.proto.v1.QuantityKind;
import org.warledger.proto.v1.LocationPrecision;
import org.warledger.proto.v1.RecordStrikeRequest;
import org.warledger.proto.v1.RequestContext;
import org.warledger.proto.v1.Source;
import org.warledger.proto.v1.StrikeMethod;
import org.warledger.proto.v1.TimePrecision;
import org.warledger.proto.v1.TimeWindow;

/** Well-formed requests for tests to start from (and break one field at a time). */
public final class Requests {

    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();

    private Requests() {
    }

    public static Timestamp ts(String iso) {
        Instant i = Instant.parse(iso);
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }

    public static RequestContext context() {
        return RequestContext.newBuilder().setRequestId(UUID.randomUUID().toString()).setClientName("test-client")
                .build();
    }

    /** Gives a request (any command with a {@code context} field) a new request id. */
    public static void freshContext(com.google.protobuf.Message.Builder request) {
        var field = request.getDescriptorForType().findFieldByName("context");
        if (field != null) {
            request.setField(field, context());
        }
    }

    public static TimeWindow day(String date) {
        return TimeWindow.newBuilder().setStart(ts(date + "T00:00:00Z")).setEnd(ts(date + "T23:59:59Z"))
                .setPrecision(TimePrecision.TIME_PRECISION_DAY).build();
    }

    public static Source source(String by) {
        return Source.newBuilder().setReportedBy(by).setCitation("https://example.org/report")
                .setPublishedAt(ts("2026-02-27T10:00:00Z")).build();
    }

    public static RecordStrikeRequest.Builder strike(String conflict) {
        ensureSeedRegistry();
        return RecordStrikeRequest.newBuilder().setContext(context()).setConflictKey(conflict).setAttacker("IEA")
                .addMethods(StrikeMethod.STRIKE_METHOD_DRONE).setTargetDescription("army artillery school")
                .setLocation(Location.newBuilder().setPlaceName("Nowshehra").setRegion("Khyber Pakhtunkhwa")
                        .setCountryCode("PK").setLatitude(34.0).setLongitude(71.97)
                        .setPrecision(LocationPrecision.LOCATION_PRECISION_NEAR))
                .setOccurred(day("2026-02-27")).setSource(source("ISPR"));
    }

    /** Registers the seed story's parties and claimants (PAK, IEA, CIV-AFG, TTP, ISPR, MUJAHID, ...), idempotently. */
    public static void registerSeedRegistry() {
        SeedLoader.seed().loadRegistry();
    }

    /**
     * Registers the seed parties and claimants once per @QuarkusTest server (each test profile has
     * its own store). Tests driving a server process register through that process themselves.
     */
    public static void ensureSeedRegistry() {
        String store;
        try {
            store = ConfigProvider.getConfig().getValue("warledger.data-dir", String.class);
        } catch (RuntimeException notInAQuarkusTest) {
            return;
        }
        if (REGISTERED.add(store)) {
            registerSeedRegistry();
        }
    }

    public static Quantity exactly(long n) {
        return Quantity.newBuilder().setKind(QuantityKind.QUANTITY_KIND_EXACTLY).setValue(n).build();
    }

    /** ISPR says 12 PAK soldiers were killed on 27 Feb (claimants and parties from the seed registry). */
    public static AssertClaimRequest.Builder claim(String conflict) {
        return AssertClaimRequest.newBuilder().setContext(context()).setConflictKey(conflict).setClaimant("ISPR")
                .setStatedAt(ts("2026-02-27T12:00:00Z")).setChannel(Channel.CHANNEL_PRESS_BRIEFING)
                .setCitation("https://example.org/briefing").setOriginalWords("Twelve soldiers were martyred")
                .setScope(ClaimScope.newBuilder().setWindow(day("2026-02-27")))
                .setSubjectParty("PAK").setCategory(ClaimCategory.CLAIM_CATEGORY_KILLED).setQuantity(exactly(12));
    }
}
