package org.warledger.cli.claim;

import org.warledger.cli.common.Names;
import org.warledger.proto.v1.ClaimCategory;

/** What a claim counts, as typed on the command line. */
public enum Category {
    killed, injured, missing, captured, bodies_taken, posts_destroyed, posts_captured, bases_destroyed,
    vehicles_equipment_destroyed, drones_destroyed, aircraft_downed, sites_struck, displaced;

    public ClaimCategory toProto() {
        return ClaimCategory.valueOf(Names.proto("CLAIM_CATEGORY_", this));
    }
}
