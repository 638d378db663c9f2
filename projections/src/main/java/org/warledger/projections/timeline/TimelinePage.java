package org.warledger.projections.timeline;

import java.util.List;

/** One page of the timeline; {@code nextPageToken} is empty on the last page. */
public record TimelinePage(List<TimelineEntry> entries, String nextPageToken) {
}
