package org.warledger.domain.strike;

/** How a strike was delivered. */
public enum StrikeMethod {
    AIR, ARTILLERY, DRONE, MISSILE, GROUND_ASSAULT, ROCKET, HEAVY_WEAPONS, EXPLOSIVE_DEVICE, NAVAL, OTHER
}
