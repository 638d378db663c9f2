package org.warledger.projections.timeline;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ResetHandler;

/**
 * The timeline read model's processing group. Each kind of entry has its own handler class in
 * this group; this one owns the reset, so a replay starts from an empty table.
 */
@ProcessingGroup(TimelineProjection.GROUP)
public class TimelineProjection {

    public static final String GROUP = "timeline";

    private final TimelineStore store;

    public TimelineProjection(TimelineStore store) {
        this.store = store;
    }

    @ResetHandler
    void reset() {
        store.requestReset();
    }
}
