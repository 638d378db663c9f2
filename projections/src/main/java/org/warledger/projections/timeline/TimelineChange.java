package org.warledger.projections.timeline;

/** A timeline entry as the event at {@code position} left it (a new entry or a new version of one). */
public record TimelineChange(long position, TimelineEntry entry) {
}
