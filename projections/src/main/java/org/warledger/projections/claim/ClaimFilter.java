package org.warledger.projections.claim;

/**
 * What a claim listing asks for; null means no narrowing. {@code retracted}: null = all,
 * true = only retracted, false = only claims still standing.
 */
public record ClaimFilter(String conflictKey, String strikeId, String claimantKey, String partyKey,
                          Boolean retracted) {

    public static ClaimFilter ofConflict(String conflictKey) {
        return new ClaimFilter(conflictKey, null, null, null, null);
    }
}
