package org.warledger.server.axon;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;

/** Tells listeners (live feeds) when a read model has committed new work, naming its processing group. */
public class ProjectionProgress {

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** An interceptor for the processor of {@code group}: fires after each batch commits. */
    MessageHandlerInterceptor<EventMessage<?>> interceptor(String group) {
        return (unitOfWork, chain) -> {
            unitOfWork.afterCommit(u -> listeners.forEach(l -> l.accept(group)));
            return chain.proceed();
        };
    }
}
