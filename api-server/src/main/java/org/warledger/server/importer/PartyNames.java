package org.warledger.server.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warledger.domain.registry.PartyKind;

/**
 * Turns a party name as a dataset writes it into a registry key, for names no registered alias
 * already resolves. Rules (docs/IMPORT.md): "Government of Pakistan", "Military Forces of
 * Pakistan (2018-)" and "Police Forces of Pakistan" → {@code GOV-PAKISTAN}; "Civilians" and
 * "Civilians (Pakistan)" → {@code CIV-<country of the event>}; anything else → its letters and
 * digits in upper case joined by '-' ("al-Qaida " → {@code AL-QAIDA}, "TTP - MR" → {@code TTP-MR}).
 */
final class PartyNames {

    /** A derived key and the kind of party the name suggests. */
    record Derived(String key, PartyKind kind, String name) {
    }

    private static final Pattern STATE = Pattern.compile(
            "(?i)(?:government|military forces|police forces) of (.+)");
    private static final Pattern TRAILING_QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private static final int MAX_KEY = 64;

    private PartyNames() {
    }

    /** The key for {@code name}, or null if it has no letters or digits. */
    static Derived derive(String name, String countryCode) {
        String clean = name.strip().replaceAll("\\s+", " ");
        if (clean.equalsIgnoreCase("civilians") || clean.toLowerCase(Locale.ROOT).startsWith("civilians (")) {
            return new Derived(civilians(countryCode), PartyKind.CIVILIANS, "Civilians (" + countryCode + ")");
        }
        Matcher state = STATE.matcher(TRAILING_QUALIFIER.matcher(clean).replaceAll(""));
        if (state.matches()) {
            String slug = slug(state.group(1), MAX_KEY - 4);
            return slug.isEmpty() ? null : new Derived("GOV-" + slug, PartyKind.STATE_FORCES, clean);
        }
        String slug = slug(clean, MAX_KEY);
        return slug.isEmpty() ? null : new Derived(slug, PartyKind.ARMED_GROUP, clean);
    }

    static String civilians(String countryCode) {
        return "CIV-" + countryCode;
    }

    static String unknown(String countryCode) {
        return "UNK-" + countryCode;
    }

    static String everyone(String countryCode) {
        return "ALL-" + countryCode;
    }

    private static String slug(String text, int max) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > max) {
            slug = slug.substring(0, max).replaceAll("-+$", "");
        }
        return slug;
    }
}
