package org.warledger.cli.common;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed call into a message that names the wrong field and an exit code derived from
 * the gRPC status, so scripts can tell "bad input" from "not found" from "server down".
 */
public class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (ex instanceof StatusRuntimeException e) {
            cmd.getErr().println(describe(e));
            return exitCode(e.getStatus().getCode());
        }
        if (ex instanceof UserException e) {
            cmd.getErr().println("error: " + e.getMessage());
            return 2;
        }
        cmd.getErr().println("error: " + ex);
        return 1;
    }

    /** "INVALID_ARGUMENT: location.latitude: must be between -90 and 90" etc. */
    public static String describe(StatusRuntimeException e) {
        StringBuilder out = new StringBuilder("error: ").append(e.getStatus().getCode()).append(": ")
                .append(e.getStatus().getDescription());
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        if (status != null) {
            status.getDetailsList().stream().filter(a -> a.is(BadRequest.class)).forEach(a -> {
                try {
                    for (var v : a.unpack(BadRequest.class).getFieldViolationsList()) {
                        out.append(System.lineSeparator()).append("  field ").append(v.getField()).append(": ")
                                .append(v.getDescription());
                    }
                } catch (InvalidProtocolBufferException ignored) {
                    // the message above is still shown
                }
            });
        }
        if (e.getStatus().getCode() == Status.Code.UNAVAILABLE) {
            out.append(System.lineSeparator()).append("  is the server running? (--server or WARLEDGER_SERVER)");
        }
        return out.toString();
    }

    /** Exit codes: 0 ok, 1 internal, 2 usage/bad input, 3 not found, 4 conflict, 5 unavailable, 6 denied. */
    public static int exitCode(Status.Code code) {
        return switch (code) {
            case OK -> 0;
            case INVALID_ARGUMENT, OUT_OF_RANGE -> 2;
            case NOT_FOUND -> 3;
            case ALREADY_EXISTS, FAILED_PRECONDITION, ABORTED -> 4;
            case UNAVAILABLE, DEADLINE_EXCEEDED -> 5;
            case UNAUTHENTICATED, PERMISSION_DENIED -> 6;
            case RESOURCE_EXHAUSTED -> 7;
            default -> 1;
        };
    }
}
