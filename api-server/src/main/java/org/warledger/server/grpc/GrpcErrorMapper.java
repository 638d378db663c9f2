package org.warledger.server.grpc;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import io.grpc.Metadata;
import java.util.ArrayList;
import java.util.List;
import io.grpc.ServerCall;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.quarkus.grpc.ExceptionHandler;
import io.quarkus.grpc.ExceptionHandlerProvider;
import jakarta.enterprise.context.ApplicationScoped;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jboss.logging.Logger;
import org.warledger.domain.common.RuleViolationException;
import org.warledger.domain.common.UnknownReferenceException;
import org.warledger.server.store.EntityAlreadyExistsException;

/**
 * The one place where exceptions become gRPC statuses, with {@code google.rpc} details: a
 * {@code BadRequest} naming each bad field and an {@code ErrorInfo} with an UPPER_SNAKE reason.
 */
@ApplicationScoped
public class GrpcErrorMapper implements ExceptionHandlerProvider {

    private static final Logger LOG = Logger.getLogger(GrpcErrorMapper.class);
    static final String DOMAIN = "warledger.org";
    static final int MAX_VIOLATIONS_SHOWN = 20;
    /** Budget for the BadRequest detail and for the message, in UTF-8 bytes (both travel in trailers). */
    static final int DETAIL_BUDGET_BYTES = 1500;
    static final int MESSAGE_BUDGET_BYTES = 1000;

    @Override
    public <ReqT, RespT> ExceptionHandler<ReqT, RespT> createHandler(ServerCall.Listener<ReqT> listener,
                                                                     ServerCall<ReqT, RespT> call, Metadata metadata) {
        return new ExceptionHandler<>(listener, call, metadata) {
            @Override
            protected void handleException(Throwable t, ServerCall<ReqT, RespT> call, Metadata metadata) {
                if (t instanceof IllegalStateException && "Trailers already sent".equals(t.getMessage())) {
                    // the call was already answered (e.g. refused by a size limit); nothing left to tell the client
                    LOG.debug("failure after the call was closed", t);
                    return;
                }
                StatusRuntimeException e = toStatus(t);
                Metadata trailers = e.getTrailers() != null ? e.getTrailers() : new Metadata();
                call.close(e.getStatus(), trailers);
            }
        };
    }

    @Override
    public Throwable transform(Throwable t) {
        return toStatus(t);
    }

    /** Maps any failure of a call to the status the client sees. */
    public static StatusRuntimeException toStatus(Throwable t) {
        Throwable cause = unwrap(t);
        if (cause instanceof StatusRuntimeException sre) {
            return sre;
        }
        if (cause instanceof RequestValidationException e) {
            // enough violations to act on; thousands (one per element of a huge list), or long
            // descriptions quoting junk input, would overflow the HTTP/2 header limit (8 KiB) and
            // reach the client as a protocol error
            BadRequest.Builder bad = BadRequest.newBuilder();
            List<RequestValidationException.Violation> shown = new ArrayList<>();
            for (var v : e.violations()) {
                var violation = BadRequest.FieldViolation.newBuilder().setField(clip(v.field(), 120))
                        .setDescription(clip(v.description(), 200)).build();
                if (shown.size() == MAX_VIOLATIONS_SHOWN
                        || bad.build().getSerializedSize() + violation.getSerializedSize() > DETAIL_BUDGET_BYTES) {
                    break;
                }
                bad.addFieldViolations(violation);
                shown.add(new RequestValidationException.Violation(violation.getField(), violation.getDescription()));
            }
            String message = new RequestValidationException(shown).getMessage()
                    + (shown.size() < e.violations().size() ? "; and " + (e.violations().size() - shown.size())
                    + " more" : "");
            return status(Code.INVALID_ARGUMENT, message, "INVALID_FIELD", Any.pack(bad.build()));
        }
        if (cause instanceof NotFoundException e) {
            return notFound(e.field(), e.getMessage());
        }
        if (cause instanceof UnknownReferenceException e) {
            return notFound(e.field(), e.getMessage());
        }
        if (cause instanceof AggregateNotFoundException e) {
            return status(Code.NOT_FOUND, e.getMessage(), "NOT_FOUND", null);
        }
        if (cause instanceof EntityAlreadyExistsException e) {
            return status(Code.ALREADY_EXISTS, e.getMessage(), "ALREADY_EXISTS", null);
        }
        if (cause instanceof RuleViolationException e) {
            return status(Code.FAILED_PRECONDITION, e.getMessage(), e.reason(), null);
        }
        if (cause instanceof ConcurrencyException e) {
            return status(Code.ABORTED, "concurrent changes to the same entity; retries exhausted: " + e.getMessage(),
                    "CONCURRENT_MODIFICATION", null);
        }
        LOG.error("unexpected failure of a call", cause);
        return status(Code.INTERNAL, "internal error", "INTERNAL", null);
    }

    private static StatusRuntimeException notFound(String field, String message) {
        BadRequest bad = BadRequest.newBuilder().addFieldViolations(BadRequest.FieldViolation.newBuilder()
                .setField(clip(field, 120)).setDescription(clip(message, 200))).build();
        return status(Code.NOT_FOUND, message, "NOT_FOUND", Any.pack(bad));
    }

    private static StatusRuntimeException status(Code code, String message, String reason, Any detail) {
        com.google.rpc.Status.Builder s = com.google.rpc.Status.newBuilder().setCode(code.getNumber())
                .setMessage(message == null ? code.name() : clipBytes(message, MESSAGE_BUDGET_BYTES))
                .addDetails(Any.pack(ErrorInfo.newBuilder().setReason(reason).setDomain(DOMAIN).build()));
        if (detail != null) {
            s.addDetails(detail);
        }
        return StatusProto.toStatusRuntimeException(s.build());
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CommandExecutionException || c instanceof java.util.concurrent.CompletionException
                || c instanceof java.util.concurrent.ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    private static String clip(String s, int chars) {
        return s.length() <= chars ? s : s.substring(0, chars) + "…";
    }

    /** At most {@code max} UTF-8 bytes of {@code s}, cut at a character boundary. */
    static String clipBytes(String s, int max) {
        if (s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= max) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + n > max - 3) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return out.append("…").toString();
    }
}
