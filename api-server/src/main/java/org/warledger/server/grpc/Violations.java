package org.warledger.server.grpc;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every bad field of a request before anything is sent, so a client learns all its
 * mistakes at once. Limits are explicit: nothing is ever silently truncated.
 */
public final class Violations {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_LIST = 100;
    /** Party names are keys of the read models (VARCHAR(100)). */
    public static final int MAX_PARTY = 100;
    public static final int MAX_PAGE_TOKEN = 200;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,127}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9\\-]{0,63}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final List<RequestValidationException.Violation> found = new ArrayList<>();

    public Violations add(String field, String description) {
        found.add(new RequestValidationException.Violation(field, description));
        return this;
    }

    public boolean required(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return false;
        }
        return length(field, value, MAX_NAME);
    }

    public boolean length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "is longer than " + max + " characters (" + value.length() + ")");
            return false;
        }
        return true;
    }

    public void text(String field, String value) {
        length(field, value, MAX_TEXT);
    }

    public void id(String field, String value) {
        if (value != null && !value.isEmpty() && !ID.matcher(value).matches()) {
            add(field, "must be 1-128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
        }
    }

    public void conflictKey(String field, String value) {
        if (required(field, value) && !KEY.matcher(value).matches()) {
            add(field, "must be lowercase letters, digits and '-', e.g. pak-afg-2026");
        }
    }

    public void country(String field, String value) {
        if (required(field, value) && !COUNTRY.matcher(value).matches()) {
            add(field, "must be an ISO 3166-1 alpha-2 code such as PK");
        }
    }

    public void listSize(String field, int size, int min, int max) {
        if (size < min) {
            add(field, min == 1 ? "needs at least one value" : "needs at least " + min + " values");
        } else if (size > max) {
            add(field, "has " + size + " values; at most " + max + " are allowed");
        }
    }

    public Instant instant(String field, Timestamp ts) {
        if (ts.getNanos() < 0 || ts.getNanos() > 999_999_999
                || ts.getSeconds() < -62_135_596_800L || ts.getSeconds() > 253_402_300_799L) {
            add(field, "is not a valid timestamp");
            return null;
        }
        return Instant.ofEpochSecond(ts.getSeconds(), ts.getNanos());
    }

    public int size() {
        return found.size();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new RequestValidationException(found);
        }
    }
}
