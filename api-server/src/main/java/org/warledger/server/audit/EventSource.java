package org.warledger.server.audit;

import java.util.List;
import org.warledger.chain.ChainedEvent;
import org.warledger.server.feed.PageSource;

/** The stored event log as a stream source: pages of matching events by position. */
record EventSource(EventLog log, EventFilter filter) implements PageSource<ChainedEvent> {

    static final int PAGE = 500;

    @Override
    public long limit() {
        return log.head();
    }

    @Override
    public Page<ChainedEvent> page(long after, long upTo) {
        List<ChainedEvent> rows = log.page(after, upTo, filter, PAGE);
        return new Page<>(rows, rows.size() < PAGE ? upTo : rows.get(rows.size() - 1).position());
    }
}
