package org.warledger.projections.timeline;

/** The kinds of things on a timeline. */
public enum TimelineKind { STRIKE, CLAIM, CEASEFIRE, STATEMENT, OPERATION }
