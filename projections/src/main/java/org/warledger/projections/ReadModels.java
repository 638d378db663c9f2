package org.warledger.projections;

import java.util.List;
import javax.sql.DataSource;
import org.warledger.projections.ceasefire.CeasefireBoard;
import org.warledger.projections.ceasefire.CeasefireViewProjection;
import org.warledger.projections.claim.ClaimQuery;
import org.warledger.projections.claim.ClaimViewProjection;
import org.warledger.projections.operation.OperationQuery;
import org.warledger.projections.operation.OperationViewProjection;
import org.warledger.projections.registry.RegistryProjection;
import org.warledger.projections.registry.RegistryQuery;
import org.warledger.projections.statement.StatementViewProjection;
import org.warledger.projections.strike.StrikeViewProjection;
import org.warledger.projections.support.Jdbc;
import org.warledger.projections.support.ReadModelResets;
import org.warledger.projections.tally.TallyQuery;
import org.warledger.projections.timeline.CeasefireTimelineHandler;
import org.warledger.projections.timeline.ClaimTimelineHandler;
import org.warledger.projections.timeline.OperationTimelineHandler;
import org.warledger.projections.timeline.StatementTimelineHandler;
import org.warledger.projections.timeline.StrikeTimelineHandler;
import org.warledger.projections.timeline.TimelineProjection;
import org.warledger.projections.timeline.TimelineQuery;
import org.warledger.projections.timeline.TimelineStore;

/**
 * Every read model of Warledger, built on one data source: the event handlers to register with
 * the event processors, and the queries the API reads through.
 */
public class ReadModels {

    private final TimelineStore timelineStore;
    private final TimelineQuery timeline;
    private final StrikeViewProjection strikes;
    private final RegistryQuery registry;
    private final ClaimQuery claims;
    private final TallyQuery tally;
    private final CeasefireBoard ceasefires;
    private final StatementViewProjection statements;
    private final OperationQuery operations;
    private final List<Object> eventHandlers;
    private final Jdbc jdbc;

    public ReadModels(DataSource dataSource) {
        jdbc = new Jdbc(dataSource);
        timelineStore = new TimelineStore(jdbc);
        timeline = new TimelineQuery(jdbc);
        strikes = new StrikeViewProjection(jdbc);
        registry = new RegistryQuery(jdbc);
        claims = new ClaimQuery(jdbc);
        tally = new TallyQuery(jdbc, claims);
        ceasefires = new CeasefireBoard(jdbc);
        statements = new StatementViewProjection(jdbc);
        operations = new OperationQuery(jdbc);
        eventHandlers = List.of(new TimelineProjection(timelineStore), new StrikeTimelineHandler(timelineStore),
                strikes, new RegistryProjection(jdbc), new ClaimViewProjection(jdbc),
                new ClaimTimelineHandler(timelineStore),
                new CeasefireViewProjection(jdbc), statements, new OperationViewProjection(jdbc),
                new CeasefireTimelineHandler(timelineStore), new StatementTimelineHandler(timelineStore),
                new OperationTimelineHandler(timelineStore));
    }

    /** The handlers to register; each declares its processing group. */
    public List<Object> eventHandlers() {
        return eventHandlers;
    }

    /**
     * Empties the tables that committed resets of {@code group} (of every group if null) asked for:
     * after a processor's tokens were reset and before it runs again, and at start-up for a reset
     * that a crash interrupted ({@link ReadModelResets}).
     *
     * @return the tables emptied
     */
    public List<String> finishResets(String group) {
        return ReadModelResets.finish(jdbc, group);
    }

    /** The processing groups (one per read model), for rebuilds and lag metrics. */
    public static List<String> processingGroups() {
        return List.of(TimelineProjection.GROUP, StrikeViewProjection.GROUP, RegistryProjection.GROUP,
                ClaimViewProjection.GROUP,
                CeasefireViewProjection.GROUP, StatementViewProjection.GROUP, OperationViewProjection.GROUP);
    }

    public TimelineQuery timeline() {
        return timeline;
    }

    public StrikeViewProjection strikes() {
        return strikes;
    }

    public RegistryQuery registry() {
        return registry;
    }

    public ClaimQuery claims() {
        return claims;
    }

    public TallyQuery tally() {
        return tally;
    }

    public CeasefireBoard ceasefires() {
        return ceasefires;
    }

    public StatementViewProjection statements() {
        return statements;
    }

    public OperationQuery operations() {
        return operations;
    }
}
