package org.warledger.server.grpc;

import com.google.protobuf.Descriptors;
import com.google.protobuf.Message;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.warledger.proto.v1.RequestContext;
import org.warledger.proto.v1.WriteResult;
import org.warledger.server.axon.Metadata;
import org.warledger.server.security.CurrentRecorder;
import org.warledger.server.store.ChainedEventStorageEngine;
import org.warledger.server.store.DuplicateRequestException;
import org.warledger.server.store.RequestLog;

/**
 * Runs every write: idempotency on the request id (AIP-155), the metadata every event carries,
 * and the answer. A retried request returns its first answer and stores nothing; a request id
 * reused for a different request is refused.
 */
@ApplicationScoped
public class CommandExecutor {

    /** A command ready to send, and the id of the entity it writes. */
    public record Prepared(String entityId, Object command) {
    }

    private final CommandGateway gateway;
    private final RequestLog requestLog;
    private final Clock clock;
    private final MeterRegistry meters;
    private final CurrentRecorder recorder;

    public CommandExecutor(CommandGateway gateway, RequestLog requestLog, MeterRegistry meters,
                           CurrentRecorder recorder) {
        this.gateway = gateway;
        this.recorder = recorder;
        this.requestLog = requestLog;
        this.meters = meters;
        this.clock = Clock.systemUTC();
    }

    /**
     * Executes the request. {@code prepare} receives the request id (so server-made entity ids are
     * derived from it and a retry targets the same entity) and validates the request.
     */
    public WriteResult execute(RequestContext context, Message request, Function<String, Prepared> prepare) {
        String requestId = context.getRequestId().isBlank() ? UUID.randomUUID().toString() : context.getRequestId();
        if (requestId.length() > 128) {
            throw RequestValidationException.of("context.request_id", "is longer than 128 characters");
        }
        if (context.getClientName().length() > Violations.MAX_NAME) {
            throw RequestValidationException.of("context.client_name", "is longer than 200 characters");
        }
        Violations text = new Violations();
        ControlCharacters.check(request, text);
        text.throwIfAny();
        String fingerprint = fingerprint(request);
        Optional<RequestLog.Entry> earlier = requestLog.find(requestId);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        Prepared prepared = prepare.apply(requestId);
        MetaData metaData = MetaData.with(Metadata.REQUEST_ID, requestId)
                .and(ChainedEventStorageEngine.REQUEST_FINGERPRINT, fingerprint)
                .and(Metadata.RECORDED_BY, recorder.name())
                .and(Metadata.CLIENT_NAME, context.getClientName())
                .and(Metadata.RECORDED_AT, clock.instant().toString());
        try {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(prepared.command()).andMetaData(metaData));
        } catch (DuplicateRequestException e) {
            return replay(requestLog.find(requestId).orElseThrow(() -> e), fingerprint);
        }
        meters.counter("warledger.commands.accepted", "type", prepared.command().getClass().getSimpleName())
                .increment();
        return WriteResult.newBuilder().setEntityId(prepared.entityId()).setRequestId(requestId).build();
    }

    /**
     * Sends a command already validated by the caller (the importer) under a request id the
     * caller derived from the data. A repeat of the id stores nothing (true if it was new).
     */
    public boolean executeDerived(String requestId, String recordedBy, Object command) {
        MetaData metaData = MetaData.with(Metadata.REQUEST_ID, requestId)
                .and(ChainedEventStorageEngine.REQUEST_FINGERPRINT, sha256(requestId))
                .and(Metadata.RECORDED_BY, recordedBy.isBlank() ? "anonymous" : recordedBy)
                .and(Metadata.RECORDED_AT, clock.instant().toString());
        try {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        } catch (DuplicateRequestException e) {
            return false;
        }
        meters.counter("warledger.commands.accepted", "type", command.getClass().getSimpleName()).increment();
        return true;
    }

    /** An entity id made from the request id, so that a retry without an id targets the same entity. */
    public static String derivedId(String prefix, String requestId) {
        return prefix + "-" + UUID.nameUUIDFromBytes(requestId.getBytes(StandardCharsets.UTF_8));
    }

    private static WriteResult replay(RequestLog.Entry entry, String fingerprint) {
        if (!entry.fingerprint().equals(fingerprint)) {
            throw RequestValidationException.of("context.request_id",
                    "was already used for a different request; use a new request id");
        }
        return WriteResult.newBuilder().setEntityId(entry.entityId()).setRequestId(entry.requestId())
                .setReplayed(true).build();
    }

    /** Hex SHA-256 of a text. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A digest of the request without its context, to tell a retry from a reuse of the id. */
    static String fingerprint(Message request) {
        Message.Builder b = request.toBuilder();
        Descriptors.FieldDescriptor ctx = request.getDescriptorForType().findFieldByName("context");
        if (ctx != null) {
            b.clearField(ctx);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(b.build().toByteArray());
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
