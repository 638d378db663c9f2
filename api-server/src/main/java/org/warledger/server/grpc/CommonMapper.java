package org.warledger.server.grpc;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import org.warledger.domain.common.Location;
import org.warledger.domain.common.LocationPrecision;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;

/** Maps the shared value types between proto and domain, validating on the way in. */
public final class CommonMapper {

    private CommonMapper() {
    }

    public static TimeWindow window(String field, boolean present, org.warledger.proto.v1.TimeWindow w, Violations v) {
        if (!present) {
            v.add(field, "is required");
            return null;
        }
        TimePrecision precision = switch (w.getPrecision()) {
            case TIME_PRECISION_EXACT -> TimePrecision.EXACT;
            case TIME_PRECISION_DAY -> TimePrecision.DAY;
            case TIME_PRECISION_WEEK -> TimePrecision.WEEK;
            case TIME_PRECISION_MONTH -> TimePrecision.MONTH;
            case TIME_PRECISION_UNKNOWN -> TimePrecision.UNKNOWN;
            default -> null;
        };
        if (precision == null) {
            v.add(field + ".precision", "must be one of EXACT, DAY, WEEK, MONTH, UNKNOWN");
            return null;
        }
        Instant start = w.hasStart() ? v.instant(field + ".start", w.getStart()) : null;
        Instant end = w.hasEnd() ? v.instant(field + ".end", w.getEnd()) : null;
        if (start == null && w.hasStart() || end == null && w.hasEnd()) {
            return null;
        }
        if (start == null && precision != TimePrecision.UNKNOWN) {
            v.add(field + ".start", "is required unless precision is UNKNOWN");
            return null;
        }
        if (start == null && end == null) {
            v.add(field, "needs a start or an end");
            return null;
        }
        if (start != null && end != null && end.isBefore(start)) {
            v.add(field + ".end", "ends before it starts");
            return null;
        }
        return new TimeWindow(start, end, precision);
    }

    public static Location location(String field, boolean present, org.warledger.proto.v1.Location l, Violations v) {
        if (!present) {
            v.add(field, "is required");
            return null;
        }
        int before = count(v);
        v.length(field + ".place_name", l.getPlaceName(), Violations.MAX_NAME);
        v.length(field + ".region", l.getRegion(), Violations.MAX_NAME);
        v.country(field + ".country_code", l.getCountryCode());
        if (l.hasLatitude() != l.hasLongitude()) {
            v.add(field + (l.hasLatitude() ? ".longitude" : ".latitude"), "latitude and longitude come together");
        }
        if (l.hasLatitude() && !(l.getLatitude() >= -90 && l.getLatitude() <= 90)) {
            v.add(field + ".latitude", "must be between -90 and 90");
        }
        if (l.hasLongitude() && !(l.getLongitude() >= -180 && l.getLongitude() <= 180)) {
            v.add(field + ".longitude", "must be between -180 and 180");
        }
        LocationPrecision precision = switch (l.getPrecision()) {
            case LOCATION_PRECISION_EXACT -> LocationPrecision.EXACT;
            case LOCATION_PRECISION_NEAR -> LocationPrecision.NEAR;
            case LOCATION_PRECISION_DISTRICT -> LocationPrecision.DISTRICT;
            case LOCATION_PRECISION_REGION -> LocationPrecision.REGION;
            case LOCATION_PRECISION_COUNTRY -> LocationPrecision.COUNTRY;
            case LOCATION_PRECISION_UNKNOWN -> LocationPrecision.UNKNOWN;
            default -> null;
        };
        if (precision == null) {
            v.add(field + ".precision", "must be one of EXACT, NEAR, DISTRICT, REGION, COUNTRY, UNKNOWN");
        }
        if (count(v) > before) {
            return null;
        }
        return new Location(blankToNull(l.getPlaceName()), blankToNull(l.getRegion()), l.getCountryCode(),
                l.hasLatitude() ? l.getLatitude() : null, l.hasLongitude() ? l.getLongitude() : null, precision);
    }

    public static SourceRef source(String field, boolean present, org.warledger.proto.v1.Source s, Violations v) {
        if (!present) {
            v.add(field, "is required");
            return null;
        }
        boolean ok = v.required(field + ".reported_by", s.getReportedBy());
        ok &= v.length(field + ".citation", s.getCitation(), 2_000);
        Instant published = s.hasPublishedAt() ? v.instant(field + ".published_at", s.getPublishedAt()) : null;
        if (!ok || s.hasPublishedAt() && published == null) {
            return null;
        }
        return new SourceRef(s.getReportedBy(), blankToNull(s.getCitation()), published);
    }

    public static org.warledger.proto.v1.TimeWindow toProto(TimeWindow w) {
        var b = org.warledger.proto.v1.TimeWindow.newBuilder()
                .setPrecision(org.warledger.proto.v1.TimePrecision.valueOf("TIME_PRECISION_" + w.precision().name()));
        if (w.start() != null) {
            b.setStart(ts(w.start()));
        }
        if (w.end() != null) {
            b.setEnd(ts(w.end()));
        }
        return b.build();
    }

    public static org.warledger.proto.v1.Location toProto(Location l) {
        var b = org.warledger.proto.v1.Location.newBuilder()
                .setPlaceName(nullToEmpty(l.placeName())).setRegion(nullToEmpty(l.region()))
                .setCountryCode(l.countryCode())
                .setPrecision(org.warledger.proto.v1.LocationPrecision.valueOf("LOCATION_PRECISION_"
                        + l.precision().name()));
        if (l.latitude() != null) {
            b.setLatitude(l.latitude()).setLongitude(l.longitude());
        }
        return b.build();
    }

    public static org.warledger.proto.v1.Source toProto(SourceRef s) {
        var b = org.warledger.proto.v1.Source.newBuilder().setReportedBy(s.reportedBy())
                .setCitation(nullToEmpty(s.citation()));
        if (s.publishedAt() != null) {
            b.setPublishedAt(ts(s.publishedAt()));
        }
        return b.build();
    }

    public static Timestamp ts(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static int count(Violations v) {
        return v.size();
    }
}
