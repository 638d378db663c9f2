package org.warledger.domain.ceasefire;

import java.time.Instant;
import java.util.List;
import org.warledger.domain.common.Lists;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimeWindow;

/** The events of the ceasefire aggregate. Stored forms are a public contract: only add fields. */
public final class CeasefireEvents {

    private CeasefireEvents() {
    }

    /** Any event of one ceasefire; {@link CeasefireStatus} folds a list of them. */
    public sealed interface CeasefireEvent permits CeasefireReported, CeasefireViolationAlleged,
            CeasefireCollapsed, CeasefireEnded, CeasefireRenewed {

        String ceasefireId();

        String conflictKey();
    }

    /** A ceasefire was reported as agreed. */
    public record CeasefireReported(String ceasefireId, String conflictKey, List<String> parties,
                                    List<String> mediators, TimeWindow agreed, Instant effectiveFrom,
                                    Instant effectiveUntil, String terms, SourceRef source) implements CeasefireEvent {
        public CeasefireReported {
            parties = Lists.copyOrEmpty(parties);
            mediators = Lists.copyOrEmpty(mediators);
        }
    }

    /** Someone alleged that a party violated the ceasefire. */
    public record CeasefireViolationAlleged(String ceasefireId, String conflictKey, String violationId,
                                            String allegedBy, String against, TimeWindow occurred,
                                            List<String> strikeIds, List<String> claimIds, String description,
                                            SourceRef source) implements CeasefireEvent {
        public CeasefireViolationAlleged {
            strikeIds = Lists.copyOrEmpty(strikeIds);
            claimIds = Lists.copyOrEmpty(claimIds);
        }
    }

    /** The ceasefire was declared collapsed. */
    public record CeasefireCollapsed(String ceasefireId, String conflictKey, TimeWindow collapsedAt,
                                     String declaredBy, SourceRef source) implements CeasefireEvent {
    }

    /** The ceasefire ended. */
    public record CeasefireEnded(String ceasefireId, String conflictKey, TimeWindow endedAt, String reason,
                                 SourceRef source) implements CeasefireEvent {
    }

    /** The ceasefire was renewed, bringing it back into effect. */
    public record CeasefireRenewed(String ceasefireId, String conflictKey, TimeWindow renewedAt,
                                   Instant effectiveUntil, String terms, SourceRef source) implements CeasefireEvent {
    }
}
