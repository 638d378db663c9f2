package org.warledger.domain.strike;

/** What became of a strike. */
public enum StrikeOutcome { HIT, INTERCEPTED, DESTROYED, MISSED, REPELLED }
