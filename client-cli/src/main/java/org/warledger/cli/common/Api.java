package org.warledger.cli.common;

import io.grpc.Channel;
import java.util.concurrent.TimeUnit;
import org.warledger.proto.v1.AdminServiceGrpc;
import org.warledger.proto.v1.AuditServiceGrpc;
import org.warledger.proto.v1.CommandServiceGrpc;
import org.warledger.proto.v1.QueryServiceGrpc;

/**
 * The server's services over one open channel. Each stub is made per call, so every call gets
 * the full {@code --timeout}; the {@code …Unbounded} ones are for streams and long walks (follow,
 * export, verify, rebuild) that take as long as they take.
 */
public final class Api {

    private final Channel channel;
    private final long timeoutSeconds;

    /** The services over {@code channel} (which may carry interceptors, e.g. credentials). */
    public Api(Channel channel, long timeoutSeconds) {
        this.channel = channel;
        this.timeoutSeconds = timeoutSeconds;
    }

    public CommandServiceGrpc.CommandServiceBlockingStub commands() {
        return CommandServiceGrpc.newBlockingStub(channel).withDeadlineAfter(timeoutSeconds, TimeUnit.SECONDS);
    }

    public QueryServiceGrpc.QueryServiceBlockingStub queries() {
        return QueryServiceGrpc.newBlockingStub(channel).withDeadlineAfter(timeoutSeconds, TimeUnit.SECONDS);
    }

    public AuditServiceGrpc.AuditServiceBlockingStub audit() {
        return AuditServiceGrpc.newBlockingStub(channel).withDeadlineAfter(timeoutSeconds, TimeUnit.SECONDS);
    }

    public AuditServiceGrpc.AuditServiceBlockingStub auditUnbounded() {
        return AuditServiceGrpc.newBlockingStub(channel);
    }

    public AdminServiceGrpc.AdminServiceBlockingStub adminUnbounded() {
        return AdminServiceGrpc.newBlockingStub(channel);
    }

    public Channel channel() {
        return channel;
    }
}
