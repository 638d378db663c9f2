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
import org.warledger.domain.common.ClaimCategory;

/**
 * Computes the casualty tally from claims, without storage. Rules: docs/COUNTING.md.
 * Claims of different claimants are never added; only one claimant's disjoint scopes are.
 */
public final class TallyCalculator {

    private TallyCalculator() {
    }

    /** Rows per (party, category), sorted by party key then category declaration order. */
    public static List<TallyRow> tally(Collection<TallyClaim> claims, TallyOptions options) {
        TallyFilter filter = new TallyFilter(options);
        Map<RowKey, Map<String, List<TallyClaim>>> byRow = claims.stream()
                .filter(filter::counts)
                .collect(Collectors.groupingBy(c -> new RowKey(c.subjectParty(), c.category()),
                        Collectors.groupingBy(TallyClaim::claimantKey, TreeMap::new, Collectors.toList())));
        return byRow.values().stream()
                .map(TallyCalculator::row)
                .sorted(Comparator.comparing(TallyRow::party).thenComparing(TallyRow::category))
                .toList();
    }

    private record RowKey(String party, ClaimCategory category) {
    }

    private static TallyRow row(Map<String, List<TallyClaim>> byClaimant) {
        List<ClaimantFigure> figures = new ArrayList<>();
        List<Bounds> credible = new ArrayList<>();
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        TallyClaim any = byClaimant.values().iterator().next().get(0);
        for (var e : byClaimant.entrySet()) {
            List<ScopedClaim> current = ClaimantCombiner.current(e.getValue());
            Bounds all = ClaimantCombiner.combine(current);
            figures.add(figure(e.getKey(), current, all));
            current.forEach(c -> grades.merge(c.claim().grade(), 1, Integer::sum));
            List<ScopedClaim> credibleClaims = current.stream().filter(c -> c.claim().grade().credible()).toList();
            // Usually every claim is credible: the same claims combine to the same figure.
            Bounds cred = credibleClaims.size() == current.size() ? all : ClaimantCombiner.combine(credibleClaims);
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

    private static ClaimantFigure figure(String claimant, List<ScopedClaim> current, Bounds b) {
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        current.forEach(c -> grades.merge(c.claim().grade(), 1, Integer::sum));
        boolean credible = current.stream().anyMatch(c -> c.claim().grade().credible());
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
