package org.warledger.projections.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.warledger.domain.claim.Channel;
import org.warledger.domain.claim.ClaimEvents.ClaimAssessed;
import org.warledger.domain.claim.ClaimEvents.ClaimAsserted;
import org.warledger.domain.claim.ClaimEvents.ClaimRetracted;
import org.warledger.domain.claim.ClaimEvents.ClaimRevised;
import org.warledger.domain.claim.ClaimScope;
import org.warledger.domain.claim.Grade;
import org.warledger.domain.common.ClaimCategory;
import org.warledger.domain.common.Quantity;
import org.warledger.domain.common.TimeWindow;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.tally.TallyOptions;
import org.warledger.projections.tally.TallyQuery;
import org.warledger.projections.tally.TallyRow;

/** The claim read model fed directly with events, including events delivered twice. */
class ClaimViewProjectionTest {

    private static final Instant AT = Instant.parse("2026-02-27T12:00:00Z");

    private final Jdbc jdbc = database();
    private final ClaimViewProjection projection = new ClaimViewProjection(jdbc);
    private final ClaimQuery query = new ClaimQuery(jdbc);

    private static Jdbc database() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).load().migrate();
        return new Jdbc(ds);
    }

    private static GlobalSequenceTrackingToken at(long position) {
        return new GlobalSequenceTrackingToken(position);
    }

    private static ClaimAsserted asserted(String id, String claimant, Quantity q) {
        return new ClaimAsserted(id, "c", claimant, AT, Channel.PRESS_BRIEFING, null, null,
                new ClaimScope(TimeWindow.exact(AT), List.of("S1"), null), "PAK", ClaimCategory.KILLED, q);
    }

    @Test
    void eventsDeliveredTwiceAreAppliedOnce() {
        ClaimAsserted a = asserted("c1", "ISPR", Quantity.exactly(12));
        ClaimRevised r = new ClaimRevised("c1", "c", Quantity.exactly(12), Quantity.exactly(14), AT, null, null, null, 1);
        projection.on(a, AT, at(1));
        projection.on(r, AT, at(2));
        projection.on(a, AT, at(1));
        projection.on(r, AT, at(2));

        ClaimView view = query.find("c1");
        assertThat(view.quantity()).isEqualTo(Quantity.exactly(14));
        assertThat(view.revisions()).isEqualTo(1);
        assertThat(query.list(new ClaimFilter("c", "S1", null, null, null), 10, "").claims()).hasSize(1);
    }

    @Test
    void retractionAndAssessmentChangeTheListingAndTheTally() {
        projection.on(asserted("c1", "ISPR", Quantity.exactly(12)), AT, at(1));
        projection.on(asserted("c2", "MUJAHID", Quantity.exactly(55)), AT, at(2));
        projection.on(new ClaimAssessed("c1", "c", Grade.VERIFIED, Grade.UNVERIFIED, "a", null, AT), AT, at(3));
        projection.on(new ClaimRetracted("c2", "c", "deleted", AT), AT, at(4));

        assertThat(query.list(new ClaimFilter("c", null, null, null, true), 10, "").claims())
                .extracting(ClaimView::claimId).containsExactly("c2");
        List<TallyRow> tally = new TallyQuery(jdbc, query).tally("c", TallyOptions.all());
        assertThat(tally).singleElement().satisfies(row -> assertThat(row.range().display()).isEqualTo("12"));
        assertThat(new TallyQuery(jdbc, query).tally("c", TallyOptions.all().onlyVerified())).hasSize(1);
    }

    @Test
    void aTallyAlreadyComputedIsNeverServedAfterItsClaimsChanged() {
        TallyQuery tallies = new TallyQuery(jdbc, query);
        projection.on(asserted("c1", "ISPR", Quantity.exactly(12)), AT, at(1));
        assertThat(tallies.tally("c", TallyOptions.all())).singleElement()
                .satisfies(row -> assertThat(row.range().display()).isEqualTo("12"));

        projection.on(asserted("c2", "MUJAHID", Quantity.exactly(55)), AT, at(2));
        assertThat(tallies.tally("c", TallyOptions.all())).singleElement()
                .satisfies(row -> assertThat(row.range().display()).isEqualTo("12–55"));

        projection.on(new ClaimRetracted("c2", "c", "deleted", AT), AT, at(3));
        assertThat(tallies.tally("c", TallyOptions.all())).singleElement()
                .satisfies(row -> assertThat(row.range().display()).isEqualTo("12"));
    }

    @Test
    void claimsReadForATallyFollowEachChangeAndAsRecordedByKeepsTheEarlierVersion() {
        Instant later = AT.plusSeconds(3600);
        projection.on(asserted("c1", "ISPR", Quantity.exactly(12)), AT, at(1));
        assertThat(query.forTally("c", null, null, null)).extracting(ClaimView::quantity)
                .containsExactly(Quantity.exactly(12));

        projection.on(new ClaimRevised("c1", "c", Quantity.exactly(12), Quantity.exactly(14), later, null, null, null, 1),
                later, at(2));
        for (int i = 0; i < 2; i++) {
            assertThat(query.forTally("c", null, null, null)).extracting(ClaimView::quantity)
                    .containsExactly(Quantity.exactly(14));
            assertThat(query.forTally("c", null, null, AT.plusSeconds(60))).extracting(ClaimView::quantity)
                    .containsExactly(Quantity.exactly(12));
        }
        projection.on(new ClaimRetracted("c1", "c", "deleted", later), later, at(3));
        assertThat(query.forTally("c", null, null, null)).extracting(ClaimView::retracted).containsExactly(true);
    }

    @Test
    void pagesFollowRecordingOrder() {
        for (int i = 1; i <= 3; i++) {
            projection.on(asserted("c" + i, "ISPR", Quantity.exactly(i)), AT, at(i));
        }
        ClaimQuery.Page first = query.list(ClaimFilter.ofConflict("c"), 2, "");
        ClaimQuery.Page second = query.list(ClaimFilter.ofConflict("c"), 2, first.nextPageToken());
        assertThat(first.claims()).extracting(ClaimView::claimId).containsExactly("c1", "c2");
        assertThat(second.claims()).extracting(ClaimView::claimId).containsExactly("c3");
        assertThat(second.nextPageToken()).isEmpty();
    }
}
