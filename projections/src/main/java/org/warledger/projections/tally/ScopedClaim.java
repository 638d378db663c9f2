package org.warledger.projections.tally;

/**
 * A claim with its scope and scope key, built once per tally: relating two claims then costs no
 * set copies or string building.
 */
record ScopedClaim(TallyClaim claim, Scope scope, String key) {

    static ScopedClaim of(TallyClaim claim) {
        Scope scope = Scope.of(claim);
        return new ScopedClaim(claim, scope, scope.key());
    }

    Scope.Relation relate(ScopedClaim other) {
        return key.equals(other.key) ? Scope.Relation.SAME : scope.relateDistinct(other.scope);
    }

    boolean aboutStrikes() {
        return scope.kind() == Scope.Kind.STRIKES;
    }
}
