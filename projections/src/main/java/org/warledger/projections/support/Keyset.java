package org.warledger.projections.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque page tokens for lists ordered by (occurrence time, position): the key of the last row
 * of a page. Every page then costs the same however deep it is.
 */
public final class Keyset {

    /** The key of a row: its sort time in epoch millis and its global position. */
    public record Key(long sortAt, long position) {
    }

    private Keyset() {
    }

    public static String encode(long sortAt, long position) {
        String raw = "ks:" + sortAt + ":" + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The key the token stands for; IllegalArgumentException if the token is not one of ours. */
    public static Key decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3 || !parts[0].equals("ks")) {
                throw new IllegalArgumentException("malformed page token");
            }
            return new Key(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed page token", e);
        }
    }

    public static boolean isValid(String token) {
        try {
            decode(token);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
