package org.warledger.server.axon;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;

/**
 * Tells listeners (live feeds, the processors' coordinators) when a read model has committed new
 * work, naming its processing group.
 */
public class ProjectionProgress {

    private static final String NOTIFIES = ProjectionProgress.class.getName() + ".notifies";

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    /**
     * An interceptor for the processor of {@code group}: fires once after each batch commits. It
     * runs for every event of the batch; only the first registers the callback, since a batch's
     * unit of work would otherwise call every listener once per event.
     */
    MessageHandlerInterceptor<EventMessage<?>> interceptor(String group) {
        return (unitOfWork, chain) -> {
            if (unitOfWork.resources().putIfAbsent(NOTIFIES, Boolean.TRUE) == null) {
                unitOfWork.afterCommit(u -> listeners.forEach(l -> l.accept(group)));
            }
            return chain.proceed();
        };
    }
}
