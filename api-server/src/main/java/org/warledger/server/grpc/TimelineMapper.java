package org.warledger.server.grpc;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.warledger.domain.common.TimeWindow;
import org.warledger.projections.timeline.TimelineEntry;
import org.warledger.projections.timeline.TimelineFilter;
import org.warledger.projections.timeline.TimelineKind;
import org.warledger.projections.timeline.TimelineQuery;
import org.warledger.proto.v1.ListTimelineRequest;

/** Timeline requests to filters, entries to messages. */
final class TimelineMapper {

    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 1000;

    private TimelineMapper() {
    }

    static TimelineFilter toFilter(ListTimelineRequest r) {
        Violations v = new Violations();
        v.conflictKey("conflict_key", r.getConflictKey());
        v.length("party", r.getParty(), Violations.MAX_PARTY);
        if (!r.getCountryCode().isEmpty()) {
            v.country("country_code", r.getCountryCode());
        }
        pageSize(r.getPageSize(), v);
        v.listSize("kinds", r.getKindsCount(), 0, TimelineKind.values().length);
        if (!v.length("page_token", r.getPageToken(), Violations.MAX_PAGE_TOKEN)) {
            // too long to be one of ours; not decoded
        } else if (!r.getPageToken().isEmpty() && !TimelineQuery.isValidToken(r.getPageToken())) {
            v.add("page_token", "is not a token this server issued");
        }
        Set<TimelineKind> kinds = EnumSet.noneOf(TimelineKind.class);
        for (int i = 0; i < r.getKindsCount(); i++) {
            var k = r.getKinds(i);
            if (k == org.warledger.proto.v1.TimelineKind.TIMELINE_KIND_UNSPECIFIED
                    || k == org.warledger.proto.v1.TimelineKind.UNRECOGNIZED) {
                v.add("kinds[" + i + "]", "is not a known kind");
            } else {
                kinds.add(TimelineKind.valueOf(k.name().substring("TIMELINE_KIND_".length())));
            }
        }
        Instant from = r.hasHappenedFrom() ? v.instant("happened_from", r.getHappenedFrom()) : null;
        Instant before = r.hasHappenedBefore() ? v.instant("happened_before", r.getHappenedBefore()) : null;
        Instant recordedBy = r.hasAsRecordedAt() ? v.instant("as_recorded_at", r.getAsRecordedAt()) : null;
        if (from != null && before != null && !before.isAfter(from)) {
            v.add("happened_before", "must be after happened_from");
        }
        v.throwIfAny();
        return new TimelineFilter(r.getConflictKey(), CommonMapper.blankToNull(r.getParty()), kinds, from, before,
                CommonMapper.blankToNull(r.getCountryCode()), recordedBy);
    }

    static int pageSize(int requested, Violations v) {
        if (requested < 0 || requested > MAX_PAGE) {
            v.add("page_size", "must be between 1 and " + MAX_PAGE + " (0 means " + DEFAULT_PAGE + ")");
        }
        return requested == 0 ? DEFAULT_PAGE : requested;
    }

    static org.warledger.proto.v1.TimelineEntry toProto(TimelineEntry e) {
        var b = org.warledger.proto.v1.TimelineEntry.newBuilder().setEntryId(e.entryId())
                .setKind(org.warledger.proto.v1.TimelineKind.valueOf("TIMELINE_KIND_" + e.kind().name()))
                .setConflictKey(e.conflictKey()).setEntityId(e.entityId())
                .setOccurred(CommonMapper.toProto(new TimeWindow(e.occurredStart(), e.occurredEnd(), e.precision())))
                .addAllParties(e.parties()).setCountryCode(CommonMapper.nullToEmpty(e.countryCode()))
                .setTitle(e.title()).setSummary(CommonMapper.nullToEmpty(e.summary())).addAllMarks(e.marks())
                .setRecordedAt(CommonMapper.ts(e.recordedAt())).setPosition(e.position());
        return b.build();
    }
}
