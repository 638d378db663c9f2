package org.warledger.domain.common;

/** How precisely a place is known, from the exact spot to not at all. */
public enum LocationPrecision { EXACT, NEAR, DISTRICT, REGION, COUNTRY, UNKNOWN }
