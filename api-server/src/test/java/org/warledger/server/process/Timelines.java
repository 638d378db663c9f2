package org.warledger.server.process;

import java.util.ArrayList;
import java.util.List;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.ListTimelineResponse;
import org.warledger.proto.v1.TimelineEntry;

/** Reads a conflict's whole timeline from a node, page by page. */
final class Timelines {

    private Timelines() {
    }

    static List<TimelineEntry> all(ServerProcess server, String conflict) {
        List<TimelineEntry> out = new ArrayList<>();
        String token = "";
        do {
            ListTimelineResponse page = server.queries().listTimeline(ListTimelineRequest.newBuilder()
                    .setConflictKey(conflict).setPageSize(1000).setPageToken(token).build());
            out.addAll(page.getEntriesList());
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        return out;
    }

    static List<String> entityIds(ServerProcess server, String conflict) {
        return all(server, conflict).stream().map(TimelineEntry::getEntityId).toList();
    }
}
