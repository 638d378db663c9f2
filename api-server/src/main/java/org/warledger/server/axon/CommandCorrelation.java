package org.warledger.server.axon;

import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * A correlation data provider that copies from commands only: the events a command produces carry
 * its correlation data (who recorded them, the request id, Axon's trace and correlation ids), and
 * nothing else needs any. Axon asks the providers again for every event a processor handles, to
 * build the handler's result message, and the providers then deserialised each event's metadata
 * just to throw the answer away: 7% of the timeline's rebuild (docs/BENCHMARKS.md, "2 December,
 * morning"). The read models send no messages, so events get none.
 */
final class CommandCorrelation implements CorrelationDataProvider {

    private final CorrelationDataProvider delegate;

    CommandCorrelation(CorrelationDataProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        return message instanceof CommandMessage<?> ? delegate.correlationDataFor(message) : Map.of();
    }
}
