package org.warledger.server.importer;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;
import org.warledger.domain.common.RuleViolationException;
import org.warledger.proto.v1.ImportOutcome;
import org.warledger.proto.v1.ImportRecordRequest;
import org.warledger.proto.v1.ImportRecordResult;
import org.warledger.server.grpc.GrpcErrorMapper;
import org.warledger.server.grpc.RequestValidationException;
import org.warledger.server.store.EntityAlreadyExistsException;

/**
 * One client's import stream: hands each record to a worker, answers it, and asks for the next
 * record only while the client keeps reading answers (gRPC flow control both ways).
 */
final class ImportStream implements StreamObserver<ImportRecordRequest> {

    private static final Logger LOG = Logger.getLogger(ImportStream.class);

    private final ServerCallStreamObserver<ImportRecordResult> out;
    private final RecordImporter importer;
    private final Executor workers;
    private ImportSession session;
    private int running;
    private int owedRequests;
    private boolean inputDone;
    private boolean closed;

    ImportStream(ServerCallStreamObserver<ImportRecordResult> out, RecordImporter importer, Executor workers,
                 int window) {
        this.out = out;
        this.importer = importer;
        this.workers = workers;
    }

    @Override
    public synchronized void onNext(ImportRecordRequest request) {
        if (session == null) {
            session = new ImportSession(request.getContext().getClientName());
        }
        running++;
        ImportSession s = session;
        workers.execute(() -> answer(request, s));
    }

    @Override
    public synchronized void onError(Throwable t) {
        closed = true;
    }

    @Override
    public synchronized void onCompleted() {
        inputDone = true;
        finishIfDone();
    }

    synchronized void onReady() {
        if (owedRequests > 0 && !closed) {
            out.request(owedRequests);
            owedRequests = 0;
        }
    }

    synchronized void onCancel() {
        closed = true;
    }

    private void answer(ImportRecordRequest request, ImportSession s) {
        ImportRecordResult result = importOne(request, s);
        synchronized (this) {
            running--;
            if (closed) {
                return;
            }
            out.onNext(result);
            if (out.isReady()) {
                out.request(1);
            } else {
                owedRequests++;
            }
            finishIfDone();
        }
    }

    private ImportRecordResult importOne(ImportRecordRequest request, ImportSession s) {
        var result = ImportRecordResult.newBuilder().setRecordIndex(request.getRecordIndex())
                .setSourceId(request.getRecord().getSourceId()).setValidateOnly(request.getValidateOnly());
        for (int attempt = 1; ; attempt++) {
            try {
                RecordPlan plan = RecordValidator.validate(request.getRecord());
                RecordImporter.Result r = importer.importRecord(plan, s, request.getValidateOnly());
                return result.setOutcome(r.outcome()).setStrikeId(r.strikeId())
                        .addAllChangedClaimIds(r.changedClaims()).build();
            } catch (RequestValidationException e) {
                result.setOutcome(ImportOutcome.IMPORT_OUTCOME_REJECTED);
                e.violations().forEach(v -> result.addReasons(v.field() + ": " + v.description()));
                return result.build();
            } catch (EntityAlreadyExistsException | RuleViolationException e) {
                // The same event twice in one stream, written concurrently: look again once.
                if (attempt > 1) {
                    return failed(result, e);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "import of record %d failed", request.getRecordIndex());
                return failed(result, e);
            }
        }
    }

    private static ImportRecordResult failed(ImportRecordResult.Builder result, RuntimeException e) {
        Status status = GrpcErrorMapper.toStatus(e).getStatus();
        return result.setOutcome(ImportOutcome.IMPORT_OUTCOME_FAILED)
                .addReasons(status.getCode() + ": " + status.getDescription()
                        + " (anything written is completed by importing the file again)")
                .build();
    }

    private void finishIfDone() {
        if (inputDone && running == 0 && !closed) {
            closed = true;
            out.onCompleted();
        }
    }
}
