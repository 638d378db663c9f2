package org.warledger.projections.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque keyset page tokens: the sort key of the last row of a page, base64url-encoded. */
public final class PageTokens {

    private PageTokens() {
    }

    public static String encode(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("k:" + lastKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The key the token stands for; IllegalArgumentException if the token is not one of ours. */
    public static String decode(String token) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed page token", e);
        }
        if (!raw.startsWith("k:")) {
            throw new IllegalArgumentException("malformed page token");
        }
        return raw.substring(2);
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
