package org.warledger.bench;

import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.warledger.proto.v1.AdminServiceGrpc;
import org.warledger.proto.v1.CommandServiceGrpc;
import org.warledger.proto.v1.QueryServiceGrpc;

/**
 * Blocking stubs over a few HTTP/2 connections (one per 16 clients), as separate client
 * processes would open, without paying for 64 connections on a 2-core machine.
 */
final class Clients implements AutoCloseable {

    private static final int CLIENTS_PER_CONNECTION = 16;

    /**
     * The standard gRPC health check with its messages left as bytes: an empty
     * HealthCheckRequest encodes to zero bytes, so no generated health classes are needed.
     */
    private static final MethodDescriptor<byte[], byte[]> HEALTH_CHECK = MethodDescriptor.<byte[], byte[]>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName("grpc.health.v1.Health/Check")
            .setRequestMarshaller(new Bytes())
            .setResponseMarshaller(new Bytes())
            .build();

    private final List<ManagedChannel> channels = new ArrayList<>();

    /** Channels to the server; every call carries {@code token} as its bearer token (none if null). */
    Clients(String host, int port, int connections, String token) {
        Metadata headers = new Metadata();
        if (token != null) {
            headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        }
        for (int i = 0; i < Math.max(1, connections); i++) {
            channels.add(ManagedChannelBuilder.forAddress(host, port).usePlaintext()
                    .intercept(MetadataUtils.newAttachHeadersInterceptor(headers)).build());
        }
    }

    static int connectionsFor(int clients) {
        return (clients + CLIENTS_PER_CONNECTION - 1) / CLIENTS_PER_CONNECTION;
    }

    private ManagedChannel channel(int client) {
        return channels.get(client % channels.size());
    }

    CommandServiceGrpc.CommandServiceBlockingStub commands(int client) {
        return CommandServiceGrpc.newBlockingStub(channel(client)).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    QueryServiceGrpc.QueryServiceBlockingStub queries(int client) {
        return QueryServiceGrpc.newBlockingStub(channel(client)).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    /** The admin service, for rebuilds (long-running server streams: no deadline but a generous one). */
    AdminServiceGrpc.AdminServiceBlockingStub admin() {
        return AdminServiceGrpc.newBlockingStub(channel(0)).withDeadlineAfter(60, TimeUnit.MINUTES);
    }

    /** One empty unary call: what the transport costs with no work behind it. */
    byte[] healthCheck(int client) {
        return ClientCalls.blockingUnaryCall(channel(client), HEALTH_CHECK,
                CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS), new byte[0]);
    }

    @Override
    public void close() throws InterruptedException {
        for (ManagedChannel c : channels) {
            c.shutdown();
        }
        for (ManagedChannel c : channels) {
            c.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static final class Bytes implements MethodDescriptor.Marshaller<byte[]> {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
