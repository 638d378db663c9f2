package org.warledger.projections.tally;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** One run of {@link ClaimantCombiner#combine} over a {@link ScopeGraph}. */
final class Combination {

    private final ScopeGraph graph;
    /** Each claim's own figure containing what it covers. */
    private final Bounds[] figure;
    /** Scratch marks, valid where equal to the current stamp; saves clearing per subset. */
    private final int[] member;
    private final int[] root;
    private int stamp;
    private final int[] group;
    private final Bounds[] groupTotal;

    Combination(ScopeGraph graph) {
        this.graph = graph;
        int n = graph.size();
        figure = new Bounds[n];
        member = new int[n];
        root = new int[n];
        group = new int[n];
        groupTotal = new Bounds[n];
    }

    Bounds total() {
        int n = graph.size();
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        figureNarrowestFirst();
        return combine(all);
    }

    /** Computes every claim's figure after those of all the claims it covers (covering is acyclic). */
    private void figureNarrowestFirst() {
        int n = graph.size();
        int[] pending = new int[n];
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            pending[i] = graph.covers(i).size();
            if (pending[i] == 0) {
                ready.add(i);
            }
        }
        int done = 0;
        while (!ready.isEmpty()) {
            int c = ready.poll();
            Bounds own = Bounds.of(graph.claim(c).claim().quantity());
            List<Integer> inner = inside(c);
            figure[c] = inner.isEmpty() ? own : own.containing(combine(inner));
            done++;
            for (int p : graph.coveredBy(c)) {
                if (--pending[p] == 0) {
                    ready.add(p);
                }
            }
        }
        if (done != n) {
            throw new IllegalStateException("claims cover each other in a cycle");
        }
    }

    /** Claims covered by {@code c}, directly or through a claim it covers. */
    private List<Integer> inside(int c) {
        List<Integer> found = new ArrayList<>();
        if (graph.covers(c).isEmpty()) {
            return found;
        }
        int mark = ++stamp;
        member[c] = mark;
        for (int next = -1; next < found.size(); next++) {
            for (int d : graph.covers(next < 0 ? c : found.get(next))) {
                if (member[d] != mark) {
                    member[d] = mark;
                    found.add(d);
                }
            }
        }
        return found;
    }

    /** Roots of {@code claims} in overlap-linked groups: union within a group, sum across. */
    private Bounds combine(List<Integer> claims) {
        int mark = ++stamp;
        claims.forEach(c -> member[c] = mark);
        List<Integer> roots = new ArrayList<>();
        for (int c : claims) {
            if (!coveredWithin(c, mark)) {
                root[c] = mark;
                group[c] = c;
                roots.add(c);
            }
        }
        for (int r : roots) {
            for (int o : graph.overlaps(r)) {
                if (root[o] == mark) {
                    group[find(r)] = find(o);
                }
            }
        }
        for (int r : roots) {
            groupTotal[r] = null;
        }
        for (int r : roots) {
            int g = find(r);
            groupTotal[g] = groupTotal[g] == null ? figure[r] : groupTotal[g].union(figure[r]);
        }
        Bounds total = null;
        for (int r : roots) {
            if (group[r] == r) {
                total = total == null ? groupTotal[r] : total.plus(groupTotal[r]);
            }
        }
        return total;
    }

    private boolean coveredWithin(int c, int mark) {
        for (int p : graph.coveredBy(c)) {
            if (member[p] == mark) {
                return true;
            }
        }
        return false;
    }

    private int find(int c) {
        while (group[c] != c) {
            group[c] = group[group[c]];
            c = group[c];
        }
        return c;
    }
}
