package org.warledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a fixed-rate run's slow calls fell: a pause is one stretch, scattered slow calls are many. */
class SlowStretchesTest {

    private static final long MS = 1_000_000L;
    private static final Instant T0 = Instant.parse("2026-12-06T06:00:00Z");

    /** Calls due every millisecond, all answered in 2 ms. */
    private static long[] calls(int n) {
        long[] micros = new long[n];
        Arrays.fill(micros, 2_000);
        return micros;
    }

    @Test
    void aPauseShowsAsOneStretchAsLongAsTheCallsItHeldUp() {
        long[] micros = calls(1_000);
        for (int i = 300; i < 340; i++) {
            micros[i] = (340 - i) * 1_000L + 15_000; // held by a 40 ms pause, then 15 ms of catching up
        }
        SlowStretches slow = SlowStretches.of(micros, MS, 0, T0, 20.0, 50 * MS);

        assertEquals(1_000, slow.calls());
        assertEquals(35, slow.slowCalls()); // those due in the pause's first 35 ms waited over 20 ms
        assertEquals(1, slow.stretches().size());
        SlowStretches.Stretch s = slow.stretches().get(0);
        assertEquals(T0.plusMillis(300), s.start());
        assertEquals(0.300, s.offsetSeconds(), 1e-9);
        assertEquals(35.0, s.lengthMillis(), 1e-9);
        assertEquals(55.0, s.worstMillis(), 1e-9);
    }

    @Test
    void slowCallsFurtherApartThanTheGapAreSeparateStretches() {
        long[] micros = calls(1_000);
        micros[100] = 30_000;
        micros[140] = 25_000; // 40 ms later: same stretch
        micros[500] = 21_000; // 360 ms later: a stretch of its own
        SlowStretches slow = SlowStretches.of(micros, MS, 0, T0, 20.0, 50 * MS);

        assertEquals(3, slow.slowCalls());
        assertEquals(2, slow.stretches().size());
        assertEquals(41.0, slow.stretches().get(0).lengthMillis(), 1e-9);
        assertEquals(2, slow.stretches().get(0).slow());
        assertEquals(1, slow.stretches().get(1).slow());
        assertEquals(List.of(slow.stretches().get(0)), slow.largest(1));
    }

    @Test
    void callsOutsideTheWindowOrFailedAreNotCounted() {
        long[] micros = calls(1_000);
        for (int i = 0; i < 200; i++) {
            micros[i] = i < 100 ? 90_000 : -1; // slow warm-up calls, then failed ones
        }
        SlowStretches slow = SlowStretches.of(micros, MS, 100, T0, 20.0, 50 * MS);

        assertEquals(800, slow.calls());
        assertEquals(0, slow.slowCalls());
        assertEquals(List.of(), slow.stretches());
    }

    @Test
    void theStartIsCountedFromTheFirstMeasuredCall() {
        long[] micros = calls(1_000);
        micros[250] = 40_000;
        SlowStretches slow = SlowStretches.of(micros, MS, 200, T0, 20.0, 50 * MS);

        assertEquals(T0.plusMillis(50), slow.stretches().get(0).start());
        assertEquals(0.050, slow.stretches().get(0).offsetSeconds(), 1e-9);
    }
}
