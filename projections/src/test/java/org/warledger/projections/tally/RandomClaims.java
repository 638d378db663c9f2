package org.warledger.projections.tally;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.Quantity;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;

/**
 * Seeded random claims that mix every scope kind over few strikes, operations and days, so that
 * nesting, overlap, shared strikes and same-scope repeats are common even in small inputs.
 */
final class RandomClaims {

    private static final Instant DAY0 = Instant.parse("2026-02-20T00:00:00Z");
    private static final String[] CLAIMANTS = {"ISPR", "MUJAHID", "UNAMA"};
    private static final String[] OPERATIONS = {"Ghazab", "Other", "Third"};
    private static final Grade[] GRADES = Grade.values();

    private final Random random;
    private final int strikePool;
    /** Which strikes the strike view lists for each operation, as the tally query passes them. */
    private final Map<String, Set<String>> membership = new HashMap<>();
    private long position;

    RandomClaims(long seed) {
        random = new Random(seed);
        strikePool = 2 + random.nextInt(10);
        for (String op : OPERATIONS) {
            membership.put(op, strikeSet());
        }
    }

    /** 1 to 12 claims mostly, up to 120 now and then. */
    int size() {
        int r = random.nextInt(100);
        return r < 70 ? 1 + random.nextInt(12) : r < 95 ? 13 + random.nextInt(28) : 41 + random.nextInt(80);
    }

    /** {@code n} claims in no particular order; about one in five repeats an earlier claim's scope. */
    List<TallyClaim> claims(int n) {
        int claimants = 1 + random.nextInt(CLAIMANTS.length);
        List<TallyClaim> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            position += random.nextInt(10) == 0 ? 0 : 1;
            if (!out.isEmpty() && random.nextInt(5) == 0) {
                out.add(repeat(out.get(random.nextInt(out.size()))));
            } else {
                out.add(fresh(CLAIMANTS[random.nextInt(claimants)]));
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    TallyOptions options() {
        TallyOptions o = TallyOptions.all();
        if (random.nextInt(3) > 0) {
            return o;
        }
        if (random.nextBoolean()) {
            o = o.withWindow(window());
        }
        if (random.nextInt(4) == 0) {
            o = o.withStrike(strike());
        }
        if (random.nextInt(4) == 0) {
            o = o.withParty("PAK");
        }
        return random.nextInt(4) == 0 ? o.onlyVerified() : o;
    }

    private TallyClaim fresh(String claimant) {
        int kind = random.nextInt(20);
        List<String> strikes = kind < 11 ? strikes() : List.of();
        String operation = kind >= 11 && kind < 15 || kind < 11 && random.nextInt(3) == 0 ? pick(OPERATIONS) : null;
        TimeWindow window = kind == 19 || random.nextInt(10) == 0 ? null : window();
        return claim(claimant, random.nextInt(4) == 0 ? "IEA" : "PAK", quantity(), window, strikes, operation,
                operation == null ? Set.of() : random.nextBoolean() ? membership.get(operation) : strikeSet());
    }

    /** The same scope again, often with its strikes in another order, and a new figure. */
    private TallyClaim repeat(TallyClaim c) {
        List<String> strikes = new ArrayList<>(c.strikeIds());
        Collections.shuffle(strikes, random);
        if (!strikes.isEmpty() && random.nextInt(4) == 0) {
            strikes.add(strikes.get(0));
        }
        String claimant = random.nextInt(4) == 0 ? pick(CLAIMANTS) : c.claimantKey();
        return claim(claimant, c.subjectParty(), quantity(), c.window(), strikes, c.operation(),
                c.operationStrikeIds());
    }

    private TallyClaim claim(String claimant, String party, Quantity q, TimeWindow window, List<String> strikes,
                             String operation, Set<String> operationStrikes) {
        ClaimCategory category = random.nextInt(5) == 0 ? ClaimCategory.INJURED : ClaimCategory.KILLED;
        return new TallyClaim("c" + position + "-" + random.nextInt(1_000_000), claimant, party, category, q, window,
                strikes, operation, operationStrikes, pick(GRADES), random.nextInt(10) == 0, position);
    }

    private List<String> strikes() {
        int n = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(3);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(strike());
        }
        return out;
    }

    private Set<String> strikeSet() {
        Set<String> out = new HashSet<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.add(strike());
        }
        return out;
    }

    private String strike() {
        return "S" + random.nextInt(strikePool);
    }

    /** Windows within a fortnight, of every precision; an unknown one may lack either bound. */
    private TimeWindow window() {
        TimePrecision precision = pick(TimePrecision.values());
        Instant start = DAY0.plus(Duration.ofDays(random.nextInt(10)));
        if (precision == TimePrecision.EXACT || random.nextInt(4) == 0) {
            start = start.plus(Duration.ofHours(random.nextInt(24)));
        }
        Instant end = start.plus(Duration.ofDays(random.nextInt(4))).plus(Duration.ofHours(random.nextInt(3)));
        if (precision == TimePrecision.UNKNOWN) {
            Instant from = random.nextInt(4) == 0 ? null : start;
            return new TimeWindow(from, random.nextInt(4) == 0 ? null : end, precision);
        }
        return new TimeWindow(start, random.nextInt(3) == 0 ? start : end, precision);
    }

    private Quantity quantity() {
        long v = random.nextInt(40);
        return switch (random.nextInt(7)) {
            case 0 -> Quantity.exactly(v);
            case 1 -> Quantity.atLeast(v);
            case 2 -> Quantity.moreThan(v);
            case 3 -> Quantity.about(v);
            case 4 -> Quantity.between(v, v + random.nextInt(20), null);
            case 5 -> Quantity.between(v, v + 10, v + random.nextInt(11));
            default -> Quantity.notGiven();
        };
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
