package org.warledger.domain.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warledger.domain.ceasefire.CeasefireStatus.Status.COLLAPSED;
import static org.warledger.domain.ceasefire.CeasefireStatus.Status.ENDED;
import static org.warledger.domain.ceasefire.CeasefireStatus.Status.IN_EFFECT;
import static org.warledger.domain.ceasefire.CeasefireStatus.Status.REPORTED;
import static org.warledger.domain.ceasefire.CeasefireStatus.Status.VIOLATED;
import static org.warledger.domain.ceasefire.CeasefireStatus.statusAt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireCollapsed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireEnded;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireEvent;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireRenewed;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireReported;
import org.warledger.domain.ceasefire.CeasefireEvents.CeasefireViolationAlleged;
import org.warledger.domain.ceasefire.CeasefireStatus.Status;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;

class CeasefireStatusTest {

    static final SourceRef BBC = new SourceRef("BBC", null, null);
    static final TimeWindow OCTOBER_2025 = new TimeWindow(Instant.parse("2025-10-01T00:00:00Z"),
            Instant.parse("2025-10-31T23:59:59Z"), TimePrecision.MONTH);

    static Instant t(String date) {
        return Instant.parse(date + "T12:00:00Z");
    }

    static TimeWindow day(String date) {
        return new TimeWindow(Instant.parse(date + "T00:00:00Z"), Instant.parse(date + "T23:59:59Z"),
                TimePrecision.DAY);
    }

    static CeasefireReported reported(Instant effectiveFrom, Instant effectiveUntil) {
        return new CeasefireReported("cf-1", "pak-afg-2026", List.of("PAK", "IEA"), List.of("Qatar"), OCTOBER_2025,
                effectiveFrom, effectiveUntil, "halt attacks", BBC);
    }

    static CeasefireReported reported() {
        return reported(null, null);
    }

    static CeasefireViolationAlleged violation(String id, TimeWindow occurred) {
        return new CeasefireViolationAlleged("cf-1", "pak-afg-2026", id, "ISPR", "IEA", occurred, List.of(),
                List.of(), "border attack", BBC);
    }

    static CeasefireCollapsed collapse(TimeWindow at) {
        return new CeasefireCollapsed("cf-1", "pak-afg-2026", at, "BBC", BBC);
    }

    static CeasefireEnded end(TimeWindow at) {
        return new CeasefireEnded("cf-1", "pak-afg-2026", at, "settled", BBC);
    }

    static CeasefireRenewed renewal(TimeWindow at, Instant until) {
        return new CeasefireRenewed("cf-1", "pak-afg-2026", at, until, "renewed", BBC);
    }

    @Test
    void withoutAStatedEffectiveDateItIsInEffectFromTheStartOfTheAgreedWindow() {
        List<CeasefireEvent> events = List.of(reported());
        assertThat(statusAt(events, t("2025-09-30"))).isEqualTo(REPORTED);
        assertThat(statusAt(events, Instant.parse("2025-10-01T00:00:00Z"))).isEqualTo(IN_EFFECT);
        assertThat(statusAt(events, t("2026-01-01"))).isEqualTo(IN_EFFECT);
    }

    @Test
    void aStatedEffectiveDateOverridesTheAgreedWindow() {
        List<CeasefireEvent> events = List.of(reported(t("2025-10-20"), null));
        assertThat(statusAt(events, t("2025-10-19"))).isEqualTo(REPORTED);
        assertThat(statusAt(events, t("2025-10-20"))).isEqualTo(IN_EFFECT);
    }

    @Test
    void aViolationMarksItViolatedOnlyFromWhenItHappened() {
        List<CeasefireEvent> events = List.of(reported(), violation("v-1", day("2026-01-10")));
        assertThat(statusAt(events, t("2026-01-09"))).isEqualTo(IN_EFFECT);
        assertThat(statusAt(events, t("2026-01-10"))).isEqualTo(VIOLATED);
        assertThat(statusAt(events, t("2026-02-01"))).isEqualTo(VIOLATED);
    }

    @Test
    void aViolationBeforeItCameIntoEffectDoesNotCount() {
        List<CeasefireEvent> events = List.of(reported(t("2025-10-20"), null), violation("v-1", day("2025-10-10")));
        assertThat(statusAt(events, t("2025-11-01"))).isEqualTo(IN_EFFECT);
    }

    @Test
    void aCollapseOutweighsLaterViolations() {
        List<CeasefireEvent> events = List.of(reported(), collapse(day("2026-01-10")),
                violation("v-1", day("2026-01-20")));
        assertThat(statusAt(events, t("2026-01-10"))).isEqualTo(COLLAPSED);
        assertThat(statusAt(events, t("2026-01-25"))).isEqualTo(COLLAPSED);
    }

    @Test
    void aViolationAndACollapseOnTheSameDayMeanCollapsedWhateverTheRecordingOrder() {
        CeasefireEvent v = violation("v-1", day("2026-01-10"));
        CeasefireEvent c = collapse(day("2026-01-10"));
        assertThat(statusAt(List.of(reported(), v, c), t("2026-01-10"))).isEqualTo(COLLAPSED);
        assertThat(statusAt(List.of(reported(), c, v), t("2026-01-10"))).isEqualTo(COLLAPSED);
    }

    @Test
    void theSeedScenarioViolationReportedAfterTheCollapseStillShowsBeforeIt() {
        TimeWindow beforeFeb27 = new TimeWindow(null, Instant.parse("2026-02-27T00:00:00Z"), TimePrecision.UNKNOWN);
        TimeWindow feb26to27 = new TimeWindow(Instant.parse("2026-02-26T00:00:00Z"),
                Instant.parse("2026-02-27T23:59:59Z"), TimePrecision.DAY);
        List<CeasefireEvent> asRecorded = List.of(reported(), collapse(beforeFeb27), violation("v-1", feb26to27));

        assertThat(statusAt(asRecorded, t("2025-12-01"))).isEqualTo(IN_EFFECT);
        assertThat(statusAt(asRecorded, t("2026-02-26"))).isEqualTo(VIOLATED);
        assertThat(statusAt(asRecorded, t("2026-02-27"))).isEqualTo(COLLAPSED);
    }

    @Test
    void aRenewalAfterACollapsePutsItBackInEffectUntilTheNextViolation() {
        List<CeasefireEvent> events = List.of(reported(), collapse(day("2026-01-10")),
                renewal(day("2026-02-01"), null), violation("v-2", day("2026-02-15")));
        assertThat(statusAt(events, t("2026-01-20"))).isEqualTo(COLLAPSED);
        assertThat(statusAt(events, t("2026-02-01"))).isEqualTo(IN_EFFECT);
        assertThat(statusAt(events, t("2026-02-15"))).isEqualTo(VIOLATED);
    }

    @Test
    void anEndEndsItAndOnlyARenewalRestartsIt() {
        List<CeasefireEvent> events = List.of(reported(), end(day("2026-01-10")),
                violation("v-1", day("2026-01-12")), collapse(day("2026-01-14")), renewal(day("2026-02-01"), null));
        assertThat(statusAt(events, t("2026-01-10"))).isEqualTo(ENDED);
        assertThat(statusAt(events, t("2026-01-20"))).isEqualTo(ENDED);
        assertThat(statusAt(events, t("2026-02-02"))).isEqualTo(IN_EFFECT);
    }

    @Test
    void itEndsWhenItsStatedTermRunsOutAndARenewalExtendsIt() {
        Instant until = Instant.parse("2025-12-31T23:59:59Z");
        List<CeasefireEvent> lapsed = List.of(reported(null, until));
        assertThat(statusAt(lapsed, until)).isEqualTo(IN_EFFECT);
        assertThat(statusAt(lapsed, t("2026-01-01"))).isEqualTo(ENDED);

        List<CeasefireEvent> renewed = List.of(reported(null, until),
                renewal(day("2025-12-20"), Instant.parse("2026-03-31T23:59:59Z")));
        assertThat(statusAt(renewed, t("2026-01-01"))).isEqualTo(IN_EFFECT);
        assertThat(statusAt(renewed, t("2026-04-01"))).isEqualTo(ENDED);
    }

    @Test
    void aCollapseOfUnknownDateBeforeTheQueryCountsAsAlreadyHappened() {
        TimeWindow sometime = new TimeWindow(null, null, TimePrecision.UNKNOWN);
        assertThat(statusAt(List.of(reported(), collapse(sometime)), t("2025-10-05"))).isEqualTo(COLLAPSED);
    }

    @Test
    void everyRecordingOrderGivesTheSameStatusAtEveryMoment() {
        List<CeasefireEvent> history = List.of(reported(), violation("v-1", day("2025-11-05")),
                collapse(day("2025-12-01")), violation("v-2", day("2025-12-03")), renewal(day("2026-01-01"), null),
                violation("v-3", day("2026-01-10")), end(day("2026-02-01")));
        List<Instant> moments = List.of(t("2025-09-01"), t("2025-10-15"), t("2025-11-05"), t("2025-12-02"),
                t("2025-12-04"), t("2026-01-02"), t("2026-01-11"), t("2026-02-02"));
        List<Status> expected = List.of(REPORTED, IN_EFFECT, VIOLATED, COLLAPSED, COLLAPSED, IN_EFFECT, VIOLATED,
                ENDED);

        for (List<CeasefireEvent> order : permutations(history)) {
            for (int i = 0; i < moments.size(); i++) {
                assertThat(statusAt(order, moments.get(i)))
                        .as("at %s, recorded as %s", moments.get(i), order)
                        .isEqualTo(expected.get(i));
            }
        }
    }

    @Test
    void eventsWithoutTheReportAreRejected() {
        assertThatThrownBy(() -> statusAt(List.of(collapse(day("2026-01-10"))), t("2026-01-11")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> order = new ArrayList<>(tail);
                order.add(0, head);
                result.add(Collections.unmodifiableList(order));
            }
        }
        return result;
    }
}
