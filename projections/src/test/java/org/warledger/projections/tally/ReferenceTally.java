package org.warledger.projections.tally;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@link TallyCalculator} as it was before tallies were made near-linear, kept unchanged (only
 * renamed) as the oracle for {@link CombinerAgainstReferenceTest}.
 *
 * <p>Computes the casualty tally from claims, without storage. Rules: docs/COUNTING.md.
 * Claims of different claimants are never added; only one claimant's disjoint scopes are.
 */
final class ReferenceTally {

    private ReferenceTally() {
    }

    /** Rows per (party, category), sorted by party key then category declaration order. */
    static List<TallyRow> tally(Collection<TallyClaim> claims, TallyOptions options) {
        TallyFilter filter = new TallyFilter(options);
        Map<String, Map<String, List<TallyClaim>>> byRow = claims.stream()
                .filter(filter::counts)
                .collect(Collectors.groupingBy(c -> c.subjectParty() + "\u0000" + c.category().name(),
                        Collectors.groupingBy(TallyClaim::claimantKey, TreeMap::new, Collectors.toList())));
        return byRow.values().stream()
                .map(ReferenceTally::row)
                .sorted(Comparator.comparing(TallyRow::party).thenComparing(TallyRow::category))
                .toList();
    }

    private static TallyRow row(Map<String, List<TallyClaim>> byClaimant) {
        List<ClaimantFigure> figures = new ArrayList<>();
        List<Bounds> credible = new ArrayList<>();
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        TallyClaim any = byClaimant.values().iterator().next().get(0);
        for (var e : byClaimant.entrySet()) {
            List<TallyClaim> current = ReferenceCombiner.current(e.getValue());
            figures.add(figure(e.getKey(), current));
            current.forEach(c -> grades.merge(c.grade(), 1, Integer::sum));
            Bounds cred = ReferenceCombiner.combine(current.stream().filter(c -> c.grade().credible()).toList());
            if (cred != null && cred.known()) {
                credible.add(cred);
            }
        }
        List<ClaimantFigure> numeric = figures.stream().filter(f -> !f.unknown()).toList();
        return new TallyRow(any.subjectParty(), any.category(), figures, range(numeric),
                credible.stream().map(Bounds::lower).min(Long::compare).orElse(null),
                credible.stream().map(Bounds::best).filter(Objects::nonNull).min(Long::compare).orElse(null),
                credible.stream().map(Bounds::best).filter(Objects::nonNull).max(Long::compare).orElse(null),
                contested(numeric),
                figures.stream().mapToInt(ClaimantFigure::claimCount).sum(),
                grades);
    }

    private static ClaimantFigure figure(String claimant, List<TallyClaim> current) {
        Bounds b = ReferenceCombiner.combine(current);
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        current.forEach(c -> grades.merge(c.grade(), 1, Integer::sum));
        boolean credible = current.stream().anyMatch(c -> c.grade().credible());
        if (!b.known()) {
            return new ClaimantFigure(claimant, null, null, null, true, false, current.size(), grades, credible);
        }
        return new ClaimantFigure(claimant, b.lower(), b.upper(), b.best(), false, b.upper() == null,
                current.size(), grades, credible);
    }

    private static Range range(List<ClaimantFigure> numeric) {
        if (numeric.isEmpty()) {
            return new Range(null, null, null, false, true);
        }
        long lower = numeric.stream().mapToLong(ClaimantFigure::lower).min().orElseThrow();
        boolean open = numeric.stream().anyMatch(ClaimantFigure::openEnded);
        long highest = numeric.stream()
                .mapToLong(f -> f.openEnded() ? f.lower() : f.upper()).max().orElseThrow();
        return open ? new Range(lower, null, highest, true, false) : new Range(lower, highest, null, false, false);
    }

    /** Contested when the claimants' intervals have no number in common. */
    private static boolean contested(List<ClaimantFigure> numeric) {
        if (numeric.size() < 2) {
            return false;
        }
        long highestFloor = numeric.stream().mapToLong(ClaimantFigure::lower).max().orElseThrow();
        long lowestCeiling = numeric.stream().filter(f -> !f.openEnded())
                .mapToLong(ClaimantFigure::upper).min().orElse(Long.MAX_VALUE);
        return highestFloor > lowestCeiling;
    }
}
