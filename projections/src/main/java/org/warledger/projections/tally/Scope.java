package org.warledger.projections.tally;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one claim counts over, and how two such scopes relate. Kinds, widest first: the whole
 * conflict, a time window, a named operation, a set of strikes.
 */
record Scope(Kind kind, Set<String> strikes, String operation, Set<String> operationStrikes, Span span) {

    enum Kind { WHOLE, WINDOW, OPERATION, STRIKES }

    enum Relation { SAME, COVERS, COVERED_BY, DISJOINT, OVERLAP }

    static Scope of(TallyClaim c) {
        Span span = Span.of(c.window());
        if (!c.strikeIds().isEmpty()) {
            return new Scope(Kind.STRIKES, strikeSet(c.strikeIds()), c.operation(), c.operationStrikeIds(), span);
        }
        if (c.operation() != null) {
            return new Scope(Kind.OPERATION, Set.of(), c.operation(), c.operationStrikeIds(), span);
        }
        if (span != null && !span.unbounded()) {
            return new Scope(Kind.WINDOW, Set.of(), null, Set.of(), span);
        }
        return new Scope(Kind.WHOLE, Set.of(), null, Set.of(), span);
    }

    /** Sorted, so that equal sets print (and key) alike; most claims are about one strike. */
    private static Set<String> strikeSet(List<String> ids) {
        return ids.size() == 1 ? Set.of(ids.get(0)) : new TreeSet<>(ids);
    }

    /** Claims with equal keys are about the same thing: the later one replaces the earlier. */
    String key() {
        return switch (kind) {
            case WHOLE -> "whole";
            case WINDOW -> "window:" + span.start() + "/" + span.end();
            case OPERATION -> "operation:" + operation;
            case STRIKES -> "strikes:" + strikes;
        };
    }

    /** How this scope relates to {@code other}; only known-disjoint scopes may be added. */
    Relation relate(Scope other) {
        return key().equals(other.key()) ? Relation.SAME : relateDistinct(other);
    }

    /**
     * As {@link #relate}, for a scope already known to have another key (callers that keep keys
     * compare them once instead of building both strings on every call).
     */
    Relation relateDistinct(Scope other) {
        if (kind.ordinal() > other.kind.ordinal()) {
            return flip(other.relateDistinct(this));
        }
        return switch (kind) {
            case WHOLE -> Relation.COVERS;
            case WINDOW -> windowVersus(other);
            case OPERATION -> other.kind == Kind.OPERATION ? Relation.DISJOINT : operationVersus(other);
            case STRIKES -> strikesVersus(other);
        };
    }

    private Relation windowVersus(Scope other) {
        if (other.span == null) {
            return Relation.OVERLAP;
        }
        if (span.definite() && span.contains(other.span)) {
            return Relation.COVERS;
        }
        if (other.kind == Kind.WINDOW && other.span.definite() && other.span.contains(span)) {
            return Relation.COVERED_BY;
        }
        return span.overlaps(other.span) ? Relation.OVERLAP : Relation.DISJOINT;
    }

    private Relation operationVersus(Scope strikeScope) {
        if (operation.equals(strikeScope.operation) || operationStrikes.containsAll(strikeScope.strikes)) {
            return Relation.COVERS;
        }
        if (!Collections.disjoint(operationStrikes, strikeScope.strikes)) {
            return Relation.OVERLAP;
        }
        if (strikeScope.operation != null) {
            return Relation.DISJOINT;
        }
        // Not known to belong to the operation; add only if the times prove it lies outside.
        boolean apart = span != null && strikeScope.span != null && !span.overlaps(strikeScope.span);
        return apart ? Relation.DISJOINT : Relation.OVERLAP;
    }

    private Relation strikesVersus(Scope other) {
        if (strikes.containsAll(other.strikes)) {
            return Relation.COVERS;
        }
        if (other.strikes.containsAll(strikes)) {
            return Relation.COVERED_BY;
        }
        return Collections.disjoint(strikes, other.strikes) ? Relation.DISJOINT : Relation.OVERLAP;
    }

    /** How {@code other} relates to this scope, given how this one relates to it. */
    static Relation flip(Relation r) {
        return switch (r) {
            case COVERS -> Relation.COVERED_BY;
            case COVERED_BY -> Relation.COVERS;
            default -> r;
        };
    }
}
