package org.warledger.server.feed;

import org.warledger.projections.timeline.TimelineChange;
import org.warledger.projections.timeline.TimelineProjection;
import org.warledger.projections.timeline.TimelineQuery;
import org.warledger.server.ops.ProjectionStatus;

/**
 * A conflict's timeline changes as a stream source. It reads only up to the position the timeline
 * processor has committed, so a change can never be skipped because its batch was still open.
 */
public record TimelineSource(TimelineQuery timeline, ProjectionStatus status, String conflictKey)
        implements PageSource<TimelineChange> {

    static final int POSITIONS_PER_PAGE = 500;

    @Override
    public long limit() {
        return status.positions().getOrDefault(TimelineProjection.GROUP, 0L);
    }

    @Override
    public Page<TimelineChange> page(long after, long upTo) {
        long to = Math.min(upTo, after + POSITIONS_PER_PAGE);
        return new Page<>(timeline.changes(conflictKey, after, to), to);
    }
}
