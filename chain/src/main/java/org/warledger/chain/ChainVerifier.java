package org.warledger.chain;

/**
 * Streaming verifier: feed events in log order with {@link #accept}, then call {@link #result()}. Memory use is
 * constant. Not thread-safe.
 *
 * <p>For each event, in this order: its position must be exactly the previous position + 1 (the first one
 * {@code firstPosition}); its {@code prevHash} must equal the previous event's hash (genesis: 64 zeros); its
 * {@code hash} must equal {@code SHA-256(prevHash || CanonicalForm.bytes(event))}. The first failure is reported
 * and everything after it is ignored.
 *
 * <p>Detects a changed field ({@code "hash mismatch"}), a deleted event ({@code "position gap"}, or
 * {@code "prev_hash does not match the previous event's hash"} if the positions were renumbered), an inserted
 * event and swapped events ({@code "position out of order"}, or one of the above if renumbered). It cannot by itself
 * detect events removed from the end of the log, or a log rewritten from some point on with all hashes recomputed:
 * compare {@link VerificationResult#headHash()} with a copy kept elsewhere for that.
 */
public final class ChainVerifier {

    private long expectedPosition;
    private byte[] prevHash;
    private String prevHashHex;
    private long checked;

    private boolean broken;
    private String problem;
    /** A position jump seen but not yet classified: gap, or swap (if the next event has the missing position). */
    private Long pendingJumpFound;
    private boolean finished;

    /** Verifies a chain from position 1 with the genesis prev hash. */
    public ChainVerifier() {
        this(1, HashChain.GENESIS_HEX);
    }

    /**
     * Verifies a chain segment starting at {@code firstPosition}, whose first prev hash must be
     * {@code trustedPrevHashHex} (the hash of event {@code firstPosition - 1}, taken from a trusted checkpoint).
     */
    public ChainVerifier(long firstPosition, String trustedPrevHashHex) {
        if (firstPosition < 1) {
            throw new IllegalArgumentException("firstPosition must be >= 1");
        }
        this.expectedPosition = firstPosition;
        this.prevHash = HashChain.fromHex(trustedPrevHashHex);
        this.prevHashHex = trustedPrevHashHex;
    }

    /**
     * Checks the next event.
     *
     * @return true if the caller should keep feeding events; false once the verdict is decided (a break was found)
     */
    public boolean accept(ChainedEvent e) {
        if (finished) {
            throw new IllegalStateException("result() was already called");
        }
        if (pendingJumpFound != null) {
            if (e.position() == expectedPosition) {
                problem = "position out of order: expected " + expectedPosition + ", found " + pendingJumpFound
                        + " (followed by " + expectedPosition + ")";
            }
            pendingJumpFound = null;
            return false;
        }
        if (broken) {
            return false;
        }
        if (e.position() > expectedPosition) {
            fail("position gap: expected " + expectedPosition + ", found " + e.position());
            pendingJumpFound = e.position();
            return true; // one event of look-ahead tells a gap from a swap
        }
        if (e.position() < expectedPosition) {
            return fail("position out of order: expected " + expectedPosition + ", found " + e.position());
        }
        if (!HashChain.isHash(e.prevHash())) {
            return fail("malformed prev_hash: " + HashChain.abbreviate(e.prevHash()));
        }
        if (!e.prevHash().equals(prevHashHex)) {
            return fail("prev_hash does not match the previous event's hash");
        }
        if (!HashChain.isHash(e.hash())) {
            return fail("malformed hash: " + HashChain.abbreviate(e.hash()));
        }
        byte[] computed;
        try {
            computed = HashChain.next(prevHash, e);
        } catch (IllegalArgumentException ex) {
            return fail("invalid event: " + ex.getMessage());
        }
        if (!HashChain.sameHash(computed, HashChain.fromHex(e.hash()))) {
            return fail("hash mismatch");
        }
        prevHash = computed;
        prevHashHex = e.hash();
        expectedPosition++;
        checked++;
        return true;
    }

    /** Whether a break has been found so far. */
    public boolean isBroken() {
        return broken;
    }

    /** The verdict for the events accepted so far. Call once, after the last event. */
    public VerificationResult result() {
        finished = true;
        pendingJumpFound = null;
        long head = expectedPosition - 1;
        return broken
                ? VerificationResult.broken(checked, expectedPosition, problem, head, prevHashHex)
                : VerificationResult.ok(checked, head, prevHashHex);
    }

    /**
     * Records a break at the next expected position for a problem found outside this class (e.g. an unreadable
     * line in an export). Ignored if a break was already found.
     */
    public boolean fail(String problem) {
        if (!broken) {
            broken = true;
            this.problem = problem;
        }
        return false;
    }

    /** Verifies {@code events} (in order) from position 1. */
    public static VerificationResult verify(Iterable<ChainedEvent> events) {
        ChainVerifier v = new ChainVerifier();
        for (ChainedEvent e : events) {
            if (!v.accept(e)) {
                break;
            }
        }
        return v.result();
    }
}
