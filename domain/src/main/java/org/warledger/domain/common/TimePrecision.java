package org.warledger.domain.common;

/** How precisely the time of an occurrence is known. */
public enum TimePrecision { EXACT, DAY, WEEK, MONTH, UNKNOWN }
