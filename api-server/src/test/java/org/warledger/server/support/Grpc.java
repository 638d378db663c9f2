package org.warledger.server.support;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.warledger.proto.v1.AdminServiceGrpc;
import org.warledger.proto.v1.AuditServiceGrpc;
import org.warledger.proto.v1.CommandServiceGrpc;
import org.warledger.proto.v1.QueryServiceGrpc;

/** Real gRPC stubs against the server under test, and readers of error details. */
public final class Grpc {

    private static ManagedChannel channel;

    private Grpc() {
    }

    public static synchronized ManagedChannel channel() {
        if (channel == null) {
            channel = newChannel();
        }
        return channel;
    }

    /** A channel of its own (its own connection) to the server under test; the caller shuts it down. */
    public static ManagedChannel newChannel() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return ManagedChannelBuilder.forAddress("localhost", port).usePlaintext().build();
    }

    /** Calls as an admin with every role; use {@code .withCallCredentials(Tokens.credentials(...))} to be someone else. */
    public static CommandServiceGrpc.CommandServiceBlockingStub commands() {
        return CommandServiceGrpc.newBlockingStub(channel()).withCallCredentials(Tokens.credentials(Tokens.admin()));
    }

    public static QueryServiceGrpc.QueryServiceBlockingStub queries() {
        return QueryServiceGrpc.newBlockingStub(channel()).withCallCredentials(Tokens.credentials(Tokens.admin()));
    }

    public static AuditServiceGrpc.AuditServiceBlockingStub audit() {
        return AuditServiceGrpc.newBlockingStub(channel()).withCallCredentials(Tokens.credentials(Tokens.admin()));
    }

    public static AuditServiceGrpc.AuditServiceStub auditAsync() {
        return AuditServiceGrpc.newStub(channel()).withCallCredentials(Tokens.credentials(Tokens.admin()));
    }

    public static AdminServiceGrpc.AdminServiceBlockingStub admin() {
        return AdminServiceGrpc.newBlockingStub(channel()).withCallCredentials(Tokens.credentials(Tokens.admin()));
    }

    /** The fields named in the error's BadRequest detail. */
    public static List<String> badFields(StatusRuntimeException e) {
        return detail(e, BadRequest.class).map(b -> b.getFieldViolationsList().stream()
                .map(BadRequest.FieldViolation::getField).toList()).orElse(List.of());
    }

    /** The UPPER_SNAKE reason of the error's ErrorInfo detail. */
    public static String reason(StatusRuntimeException e) {
        return detail(e, ErrorInfo.class).map(ErrorInfo::getReason).orElse("");
    }

    private static <T extends com.google.protobuf.Message> Optional<T> detail(StatusRuntimeException e, Class<T> type) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        if (status == null) {
            return Optional.empty();
        }
        return status.getDetailsList().stream().filter(a -> a.is(type)).findFirst().map(a -> {
            try {
                return a.unpack(type);
            } catch (InvalidProtocolBufferException x) {
                throw new IllegalStateException(x);
            }
        });
    }
}
