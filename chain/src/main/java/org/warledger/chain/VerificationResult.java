package org.warledger.chain;

/**
 * Outcome of walking a chain.
 *
 * @param ok                  true if every event checked was intact
 * @param eventsChecked       number of events found intact (all events if {@code ok}, else those before the break)
 * @param firstBrokenPosition null if {@code ok}; otherwise the position at which the chain stopped verifying,
 *                            always {@code headPosition + 1} (the position that was expected next)
 * @param problem             null if {@code ok}; otherwise a human-readable description, e.g. {@code "hash mismatch"}
 * @param headPosition        position of the last intact event (0 if none, or the position before the start of a
 *                            resumed verification)
 * @param headHash            hash (hex) of the last intact event ({@link HashChain#GENESIS_HEX} if none). Compare it
 *                            with an independently kept copy to detect truncation or a wholesale rewrite.
 */
public record VerificationResult(
        boolean ok,
        long eventsChecked,
        Long firstBrokenPosition,
        String problem,
        long headPosition,
        String headHash) {

    public static VerificationResult ok(long eventsChecked, long headPosition, String headHash) {
        return new VerificationResult(true, eventsChecked, null, null, headPosition, headHash);
    }

    public static VerificationResult broken(long eventsChecked, long firstBrokenPosition, String problem,
                                            long headPosition, String headHash) {
        return new VerificationResult(false, eventsChecked, firstBrokenPosition, problem, headPosition, headHash);
    }

    /** One line for the CLI: {@code OK ...} or {@code BROKEN at position N: problem}. */
    @Override
    public String toString() {
        return ok
                ? "OK: " + eventsChecked + " events, head position " + headPosition + ", head hash " + headHash
                : "BROKEN at position " + firstBrokenPosition + ": " + problem + " (" + eventsChecked
                        + " events intact before it, last intact hash " + headHash + ")";
    }
}
