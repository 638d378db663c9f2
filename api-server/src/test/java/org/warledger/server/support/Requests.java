package org.warledger.server.support;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.warledger.proto.v1.Location;
import org.warledger.proto.v1.LocationPrecision;
import org.warledger.proto.v1.RecordStrikeRequest;
import org.warledger.proto.v1.RequestContext;
import org.warledger.proto.v1.Source;
import org.warledger.proto.v1.StrikeMethod;
import org.warledger.proto.v1.TimePrecision;
import org.warledger.proto.v1.TimeWindow;

/** Well-formed requests for tests to start from (and break one field at a time). */
public final class Requests {

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
        return RecordStrikeRequest.newBuilder().setContext(context()).setConflictKey(conflict).setAttacker("IEA")
                .addMethods(StrikeMethod.STRIKE_METHOD_DRONE).setTargetDescription("army artillery school")
                .setLocation(Location.newBuilder().setPlaceName("Nowshehra").setRegion("Khyber Pakhtunkhwa")
                        .setCountryCode("PK").setLatitude(34.0).setLongitude(71.97)
                        .setPrecision(LocationPrecision.LOCATION_PRECISION_NEAR))
                .setOccurred(day("2026-02-27")).setSource(source("ISPR"));
    }
}
