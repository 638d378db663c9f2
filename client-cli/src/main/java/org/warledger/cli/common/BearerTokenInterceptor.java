package org.warledger.cli.common;

import io.grpc.CallCredentials;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;

/** Attaches the caller's credentials to every call made on a channel. */
public final class BearerTokenInterceptor implements ClientInterceptor {

    private final CallCredentials credentials;

    public BearerTokenInterceptor(CallCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        return next.newCall(method, options.getCredentials() == null ? options.withCallCredentials(credentials) : options);
    }
}
