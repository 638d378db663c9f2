package org.warledger.server.feed;

import java.util.List;

/** What a stream reads, a page at a time, by global position. */
public interface PageSource<R> {

    /** A page of rows and the position the next page starts after. */
    record Page<R>(List<R> rows, long next) {
    }

    /** The highest position that can be read now (rows above it may not be complete yet). */
    long limit();

    /** The rows with {@code after < position <= upTo}, or the first part of them. */
    Page<R> page(long after, long upTo);
}
