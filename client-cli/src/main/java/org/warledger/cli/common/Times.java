package org.warledger.cli.common;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.warledger.proto.v1.TimePrecision;
import org.warledger.proto.v1.TimeWindow;

/** Reads the times people type: an instant, a day, a month, or a day range "2026-02-26..2026-02-27". */
public final class Times {

    private Times() {
    }

    public static Timestamp ts(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }

    public static Instant instant(String option, String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserException(option + ": '" + text + "' is not a date (2026-02-27) or instant (2026-02-27T06:00:00Z)");
        }
    }

    /**
     * A window from text: exact instant, day, month (2025-10), day range (a..b), or an open bound
     * of unknown precision: "..2026-02-26" (before that day) or "2026-02-20.." (from that day on).
     */
    public static TimeWindow window(String option, String text) {
        try {
            if (text.startsWith("..") || text.endsWith("..")) {
                boolean before = text.startsWith("..");
                Instant bound = LocalDate.parse(before ? text.substring(2) : text.substring(0, text.length() - 2))
                        .atStartOfDay(ZoneOffset.UTC).toInstant();
                TimeWindow.Builder w = TimeWindow.newBuilder().setPrecision(TimePrecision.TIME_PRECISION_UNKNOWN);
                return (before ? w.setEnd(ts(bound)) : w.setStart(ts(bound))).build();
            }
            if (text.contains("..")) {
                String[] parts = text.split("\\.\\.", 2);
                Instant start = LocalDate.parse(parts[0]).atStartOfDay(ZoneOffset.UTC).toInstant();
                Instant end = LocalDate.parse(parts[1]).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
                return TimeWindow.newBuilder().setStart(ts(start)).setEnd(ts(end))
                        .setPrecision(TimePrecision.TIME_PRECISION_DAY).build();
            }
            if (text.length() == 7) {
                YearMonth month = YearMonth.parse(text);
                Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
                return TimeWindow.newBuilder().setStart(ts(start)).setEnd(ts(end))
                        .setPrecision(TimePrecision.TIME_PRECISION_MONTH).build();
            }
            if (text.length() == 10) {
                Instant start = LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                return TimeWindow.newBuilder().setStart(ts(start)).setEnd(ts(start.plusSeconds(86_399)))
                        .setPrecision(TimePrecision.TIME_PRECISION_DAY).build();
            }
            Instant at = Instant.parse(text);
            return TimeWindow.newBuilder().setStart(ts(at)).setEnd(ts(at)).setPrecision(TimePrecision.TIME_PRECISION_EXACT)
                    .build();
        } catch (DateTimeParseException e) {
            throw new UserException(option + ": '" + text + "' is not a time: use 2026-02-27T06:00:00Z, 2026-02-27, "
                    + "2025-10 or 2026-02-26..2026-02-27");
        }
    }

    public static String show(Timestamp ts) {
        if (ts.getSeconds() == 0 && ts.getNanos() == 0) {
            return "";
        }
        return Instant.ofEpochSecond(ts.getSeconds(), ts.getNanos()).toString();
    }

    /** A window as people read it: its day for day precision, else start..end. */
    public static String show(TimeWindow w) {
        String start = show(w.getStart());
        String end = show(w.getEnd());
        return switch (w.getPrecision()) {
            case TIME_PRECISION_DAY -> start.length() >= 10 ? start.substring(0, 10)
                    + (end.length() >= 10 && !end.substring(0, 10).equals(start.substring(0, 10)) ? ".." + end.substring(0, 10) : "")
                    : "";
            case TIME_PRECISION_MONTH -> start.length() >= 7 ? start.substring(0, 7) : "";
            case TIME_PRECISION_UNKNOWN -> (start.isEmpty() ? "?" : start.substring(0, 10)) + ".." + (end.isEmpty() ? "?" : end.substring(0, 10));
            default -> start;
        };
    }
}
