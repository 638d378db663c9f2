package org.warledger.domain.common;

/**
 * What a claim counts. An enumerated set that grows by adding constants (never by free text);
 * stored events name the constant.
 */
public enum ClaimCategory {
    KILLED,
    INJURED,
    MISSING,
    CAPTURED,
    BODIES_TAKEN,
    POSTS_DESTROYED,
    POSTS_CAPTURED,
    BASES_DESTROYED,
    VEHICLES_EQUIPMENT_DESTROYED,
    DRONES_DESTROYED,
    AIRCRAFT_DOWNED,
    SITES_STRUCK,
    DISPLACED
}
