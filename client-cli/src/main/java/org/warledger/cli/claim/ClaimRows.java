package org.warledger.cli.claim;

import java.util.List;
import org.warledger.cli.common.Names;
import org.warledger.cli.common.Times;
import org.warledger.proto.v1.Claim;

/** Claims as table rows: who said what about whom, and whether it still counts. */
final class ClaimRows {

    static final List<String> HEADER = List.of("id", "stated at", "claimant", "party", "category", "figure", "grade",
            "window", "status");

    private ClaimRows() {
    }

    static List<String> row(Claim c) {
        return List.of(c.getClaimId(), Times.show(c.getStatedAt()), c.getClaimant(), c.getSubjectParty(),
                Names.show(c.getCategory()), figure(c), Names.show(c.getGrade()), Times.show(c.getScope().getWindow()),
                status(c));
    }

    static String figure(Claim c) {
        return c.getDisplay() + (c.getRevisions() > 0 ? " (revised " + c.getRevisions() + "x)" : "");
    }

    static String status(Claim c) {
        return c.getRetracted() ? "RETRACTED: " + c.getRetractionReason() : "active";
    }
}
