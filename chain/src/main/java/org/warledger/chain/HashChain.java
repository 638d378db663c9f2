package org.warledger.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash recipe: {@code hash(n) = SHA-256(prevHash(n) || CanonicalForm.bytes(event n))}, where {@code prevHash}
 * is the 32 raw bytes of the previous event's hash, and 32 zero bytes for position 1. Hashes are written as
 * lowercase hex.
 */
public final class HashChain {

    /** Number of bytes of a hash. */
    public static final int HASH_BYTES = 32;

    /**
     * The prev_hash of position 1: 32 zero bytes. This is a public array, so callers could overwrite it; this
     * class never reads it and uses its own private copy, so that cannot corrupt hashing or verification.
     */
    public static final byte[] GENESIS = new byte[HASH_BYTES];

    /** {@link #GENESIS} as hex: 64 {@code '0'} characters. */
    public static final String GENESIS_HEX = "0".repeat(2 * HASH_BYTES);

    private static final byte[] ZERO = new byte[HASH_BYTES];
    private static final HexFormat HEX = HexFormat.of();

    private HashChain() {
    }

    /** The hash of {@code e} given the previous event's hash (hex); returns lowercase hex. */
    public static String next(String prevHashHex, ChainedEvent e) {
        return HEX.formatHex(next(fromHex(prevHashHex), e));
    }

    /** The hash of {@code e} given the raw 32 bytes of the previous event's hash. */
    public static byte[] next(byte[] prevHash, ChainedEvent e) {
        if (prevHash == null || prevHash.length != HASH_BYTES) {
            throw new IllegalArgumentException("prev hash must be " + HASH_BYTES + " bytes");
        }
        MessageDigest sha = sha256();
        sha.update(prevHash);
        sha.update(CanonicalForm.bytes(e));
        return sha.digest();
    }

    /** A copy of the genesis prev hash (32 zero bytes). */
    public static byte[] genesis() {
        return ZERO.clone();
    }

    /**
     * Convenience for writers and tests: {@code e} with {@code prevHash} set to {@code prevHashHex} and
     * {@code hash} computed from it. The {@code prevHash}/{@code hash} already in {@code e} are ignored.
     */
    public static ChainedEvent seal(String prevHashHex, ChainedEvent e) {
        String prev = toHex(fromHex(prevHashHex));
        return e.withChain(prev, next(prev, e));
    }

    /** Lowercase hex of {@code bytes}. */
    public static String toHex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /**
     * Parses a hash written as exactly 64 lowercase hex characters.
     *
     * @throws IllegalArgumentException if {@code hex} is null or not exactly 64 lowercase hex characters
     */
    public static byte[] fromHex(String hex) {
        if (!isHash(hex)) {
            throw new IllegalArgumentException("not a hash (64 lowercase hex characters): " + abbreviate(hex));
        }
        return HEX.parseHex(hex);
    }

    /** Whether {@code s} is exactly 64 lowercase hex characters. */
    public static boolean isHash(String s) {
        if (s == null || s.length() != 2 * HASH_BYTES) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() <= 80 ? '"' + s + '"' : '"' + s.substring(0, 77) + "...\"";
    }

    static boolean sameHash(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
        }
    }
}
