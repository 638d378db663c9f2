package org.warledger.server.grpc;

import org.warledger.projections.support.Keyset;

/** Checks the fields every paginated list by conflict has. */
final class Pages {

    private Pages() {
    }

    /** Validates conflict key, page size and token; returns the page size to use. */
    static int check(String conflictKey, int pageSize, String pageToken, Violations v) {
        v.conflictKey("conflict_key", conflictKey);
        if (!pageToken.isEmpty() && !Keyset.isValid(pageToken)) {
            v.add("page_token", "is not a token this server issued");
        }
        return TimelineMapper.pageSize(pageSize, v);
    }
}
