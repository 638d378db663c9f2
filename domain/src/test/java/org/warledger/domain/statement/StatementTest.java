package org.warledger.domain.statement;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.domain.common.SourceRef;
import org.warledger.domain.common.TimePrecision;
import org.warledger.domain.common.TimeWindow;
import org.warledger.domain.statement.StatementCommands.RecordStatement;
import org.warledger.domain.statement.StatementEvents.StatementRecorded;

class StatementTest {

    static final SourceRef BBC = new SourceRef("BBC", "https://bbc.co.uk/news/x", Instant.parse("2026-02-27T12:00:00Z"));
    static final TimeWindow FEB_27 = new TimeWindow(Instant.parse("2026-02-27T00:00:00Z"),
            Instant.parse("2026-02-27T23:59:59Z"), TimePrecision.DAY);

    private AggregateTestFixture<Statement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Statement.class);
    }

    @Test
    void recordingAStatementStoresWhoSpokeForWhomWithWhichStances() {
        fixture.givenNoPriorActivity()
                .when(new RecordStatement("st-1", "pak-afg-2026", "Foreign Ministry spokesperson", "China", FEB_27,
                        List.of(Stance.EXPRESSES_CONCERN, Stance.OFFERS_MEDIATION),
                        "China is deeply concerned and ready to help", "deeply concerned", BBC))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StatementRecorded("st-1", "pak-afg-2026", "Foreign Ministry spokesperson", "China",
                        FEB_27, List.of(Stance.EXPRESSES_CONCERN, Stance.OFFERS_MEDIATION),
                        "China is deeply concerned and ready to help", "deeply concerned", BBC));
    }

    @Test
    void aStatementWithoutStancesIsRecordedWithAnEmptyList() {
        fixture.givenNoPriorActivity()
                .when(new RecordStatement("st-2", "pak-afg-2026", "Amir Khan Muttaqi", "IEA", FEB_27, null,
                        "spoke with the Saudi FM about reducing tensions", null, BBC))
                .expectEvents(new StatementRecorded("st-2", "pak-afg-2026", "Amir Khan Muttaqi", "IEA", FEB_27,
                        List.of(), "spoke with the Saudi FM about reducing tensions", null, BBC));
    }
}
