package org.warledger.domain.claim;

/** An analyst's assessment of a claim. Every claim starts {@link #UNVERIFIED}. */
public enum Grade { UNVERIFIED, CORROBORATED, VERIFIED, DISPUTED, DISCOUNTED }
