package org.warledger.projections.claim;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.Map;
import org.warledger.projections.support.Json;

/**
 * Claim documents parsed by the previous tally read of the same claims, reused while unchanged:
 * parsing, not SQL, was most of a tally's reading time, and a recomputed tally usually follows a
 * change to one claim of its conflict. A claim_view row and each of its history versions with the
 * same last position hold the same document (every change moves the position), so a claim and
 * last position identify a parsed document for current and as-recorded reads alike.
 */
final class ParsedClaims {

    private record Version(String claimId, long lastPosition) {
    }

    /**
     * Per read shape (conflict, party, category): what its last read parsed. Weighed in claims, at
     * 0.6–1 KB each: at most some 40 MB, room for the largest real conflict (~28,000 claims).
     */
    private final Cache<String, Map<Version, ClaimView>> lastRead = Caffeine.newBuilder()
            .maximumWeight(40_000)
            .weigher((String shape, Map<Version, ClaimView> views) -> views.size())
            .build();

    Read start(String shape) {
        return new Read(shape, lastRead.getIfPresent(shape));
    }

    /** One read: looks documents up in the previous read of its shape, then replaces it. */
    final class Read {

        private final String shape;
        private final Map<Version, ClaimView> previous;
        private final Map<Version, ClaimView> seen = new HashMap<>();

        private Read(String shape, Map<Version, ClaimView> previous) {
            this.shape = shape;
            this.previous = previous == null ? Map.of() : previous;
        }

        ClaimView view(String claimId, long lastPosition, String doc) {
            Version v = new Version(claimId, lastPosition);
            ClaimView view = previous.get(v);
            if (view == null) {
                view = Json.read(doc, ClaimView.class);
            }
            seen.put(v, view);
            return view;
        }

        void finish() {
            lastRead.put(shape, seen);
        }
    }
}
