package org.warledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the report calls a flat query: one whose p99 does not grow with the store. */
class ReportFlatnessTest {

    @Test
    void aQueryThatGetsSlowerWithTheStoreGrowsByItsLargestFactor() {
        assertEquals(11.52 / 6.94, Report.growth(List.of(6.94, 11.52)), 1e-9);
        // growth from 10k to 100k counts even if 1M is fast again
        assertEquals(5.97 / 2.81, Report.growth(List.of(2.81, 5.97, 3.23)), 1e-9);
        // and growth from a dip in the middle to the largest size, not only from the smallest
        assertEquals(9.0 / 1.0, Report.growth(List.of(3.0, 1.0, 9.0)), 1e-9);
        assertTrue(Report.growth(List.of(2.81, 5.97, 3.23)) > Report.FLAT);
    }

    @Test
    void aQueryThatGetsFasterOnALargerStoreDoesNotGrow() {
        assertEquals(1.0, Report.growth(List.of(3.45, 1.62)), 1e-9);
        assertEquals(1.0, Report.growth(List.of(3.47, 2.02, 0.98)), 1e-9);
        assertEquals(1.0, Report.growth(List.of(4.2)), 1e-9);
    }

    @Test
    void aSizeThatMeasuredNothingIsNeverFlat() {
        assertTrue(Double.isNaN(Report.growth(List.of(3.0, Double.NaN))));
        assertTrue(Double.isNaN(Report.growth(List.of(Double.NaN, 3.0, 2.0))));
    }
}
