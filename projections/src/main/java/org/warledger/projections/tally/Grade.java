package org.warledger.projections.tally;

/**
 * How far a claim has been checked. Mirrors the domain's grade by constant name (the read model
 * maps by name). {@link #DISPUTED} and {@link #DISCOUNTED} claims are shown but are not credible:
 * they never set the conservative figure or the best estimates.
 */
public enum Grade {
    UNVERIFIED, CORROBORATED, VERIFIED, DISPUTED, DISCOUNTED;

    /** True unless the claim is disputed or discounted. */
    public boolean credible() {
        return this != DISPUTED && this != DISCOUNTED;
    }
}
