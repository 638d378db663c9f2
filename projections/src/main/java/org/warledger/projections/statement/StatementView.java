package org.warledger.projections.statement;

import java.time.Instant;
import org.warledger.domain.statement.StatementEvents.StatementRecorded;

/** A statement as recorded (statements are never changed), and when it was recorded. */
public record StatementView(StatementRecorded statement, Instant recordedAt) {
}
