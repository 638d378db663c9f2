package org.warledger.server.security;

import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A request whose bytes are not the method's message type never reaches the service: the transport
 * drops it and the stub would answer INTERNAL ("half-closed without a request"). That is the
 * client's mistake, so it is answered INVALID_ARGUMENT instead.
 */
@GlobalInterceptor
@ApplicationScoped
public class UndecodableRequestGuard implements ServerInterceptor {

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        MethodDescriptor.MethodType type = call.getMethodDescriptor().getType();
        ServerCall.Listener<Q> listener = next.startCall(call, headers);
        if (!type.clientSendsOneMessage()) {
            return listener;
        }
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
            private boolean received;

            @Override
            public void onMessage(Q message) {
                received = true;
                super.onMessage(message);
            }

            @Override
            public void onHalfClose() {
                if (received) {
                    super.onHalfClose();
                } else {
                    call.close(Status.INVALID_ARGUMENT.withDescription("the request is missing or is not a valid "
                            + call.getMethodDescriptor().getFullMethodName() + " request message"), new Metadata());
                }
            }
        };
    }
}
