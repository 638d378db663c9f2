package org.warledger.domain.ceasefire;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.warledger.domain.common.Lists;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimeWindow;

/**
 * The commands of the ceasefire aggregate. Reports arrive late and out of order, so each carries
 * when its fact happened; the order commands are sent in means nothing.
 */
public final class CeasefireCommands {

    private CeasefireCommands() {
    }

    /** Reports a ceasefire agreed between parties. Effective bounds may be null (not stated). */
    public record ReportCeasefire(@TargetAggregateIdentifier String ceasefireId, String conflictKey,
                                  List<String> parties, List<String> mediators, TimeWindow agreed,
                                  Instant effectiveFrom, Instant effectiveUntil, String terms, SourceRef source) {
        public ReportCeasefire {
            parties = Lists.copyOrEmpty(parties);
            mediators = Lists.copyOrEmpty(mediators);
        }
    }

    /** Records an allegation (by a claimant or party key) that a party broke the ceasefire. */
    public record AllegeCeasefireViolation(@TargetAggregateIdentifier String ceasefireId, String violationId,
                                           String allegedBy, String against, TimeWindow occurred,
                                           List<String> strikeIds, List<String> claimIds, String description,
                                           SourceRef source) {
        public AllegeCeasefireViolation {
            strikeIds = Lists.copyOrEmpty(strikeIds);
            claimIds = Lists.copyOrEmpty(claimIds);
        }
    }

    /** Records that the ceasefire collapsed, and who declared it so. */
    public record DeclareCeasefireCollapsed(@TargetAggregateIdentifier String ceasefireId, TimeWindow collapsedAt,
                                            String declaredBy, SourceRef source) {
    }

    /** Records that the ceasefire ended (expired, was called off, became a settlement). */
    public record EndCeasefire(@TargetAggregateIdentifier String ceasefireId, TimeWindow endedAt, String reason,
                               SourceRef source) {
    }

    /** Records that the ceasefire was renewed; {@code effectiveUntil} null means no end was stated. */
    public record RenewCeasefire(@TargetAggregateIdentifier String ceasefireId, TimeWindow renewedAt,
                                 Instant effectiveUntil, String terms, SourceRef source) {
    }
}
