package org.warledger.server.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

/** Listeners hear of each committed batch once, with its processing group, and of no rolled-back one. */
class ProjectionProgressTest {

    private final ProjectionProgress progress = new ProjectionProgress();
    private final List<String> heard = new CopyOnWriteArrayList<>();

    ProjectionProgressTest() {
        progress.addListener(heard::add);
    }

    @Test
    void aCommittedBatchIsAnnouncedOnceWhateverItsSize() {
        runBatch(3, false);
        runBatch(1, false);

        assertThat(heard).containsExactly("timeline", "timeline");
    }

    @Test
    void aBatchThatRollsBackIsNotAnnounced() {
        ResultMessage<?> result = runBatch(2, true);

        assertThat(result.isExceptional()).isTrue();
        assertThat(heard).isEmpty();
    }

    private ResultMessage<?> runBatch(int events, boolean fail) {
        List<EventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            batch.add(GenericEventMessage.asEventMessage("event " + i));
        }
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        MessageHandlerInterceptor<EventMessage<?>> interceptor = progress.interceptor("timeline");
        return unitOfWork.executeWithResult(() -> interceptor.handle(unitOfWork, () -> {
            if (fail) {
                throw new IllegalStateException("handler failed");
            }
            return null;
        }));
    }
}
