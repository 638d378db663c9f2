package org.warledger.cli.importer;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.warledger.proto.v1.ImportRecordRequest;
import org.warledger.proto.v1.ImportRecordResult;
import org.warledger.proto.v1.ImportServiceGrpc;
import org.warledger.proto.v1.ImportedRecord;
import org.warledger.proto.v1.RequestContext;

/**
 * Streams parsed rows to {@code ImportService.ImportRecords} with a bounded window of records in
 * flight: the next row is sent as soon as an earlier one is answered, never waiting row by row,
 * and never holding more than {@link #WINDOW} unanswered rows in memory.
 */
public final class ImportRun<T> {

    /** Unanswered records at most; the server works on up to 32 of them at once. */
    static final int WINDOW = 64;

    private final ImportServiceGrpc.ImportServiceStub stub;
    private final RequestContext context;
    private final boolean dryRun;
    private final ImportSummary summary = new ImportSummary();

    public ImportRun(ImportServiceGrpc.ImportServiceStub stub, String clientName, boolean dryRun) {
        this.stub = stub;
        this.context = RequestContext.newBuilder().setClientName(clientName).build();
        this.dryRun = dryRun;
    }

    /** Sends every parsed row (rows that did not parse are counted as rejected) and waits for all answers. */
    ImportSummary run(Stream<ParseResult<T>> rows, Function<T, ImportedRecord> toRecord, Progress progress)
            throws InterruptedException {
        Semaphore window = new Semaphore(WINDOW);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        StreamObserver<ImportRecordRequest> requests = stub.importRecords(new StreamObserver<>() {
            @Override
            public void onNext(ImportRecordResult result) {
                summary.add(result);
                progress.row(result.getRecordIndex());
                window.release();
            }

            @Override
            public void onError(Throwable t) {
                failure.set(t);
                window.release(WINDOW);
                finished.countDown();
            }

            @Override
            public void onCompleted() {
                finished.countDown();
            }
        });
        try {
            for (var it = rows.iterator(); it.hasNext() && failure.get() == null; ) {
                ParseResult<T> row = it.next();
                summary.rowRead();
                if (row instanceof ParseResult.Failed<T> f) {
                    summary.rejected(f.line(), f.error().message().replaceFirst("^line \\d+: ", ""));
                    continue;
                }
                var parsed = (ParseResult.Parsed<T>) row;
                parsed.warnings().forEach(summary::warn);
                window.acquire();
                if (failure.get() == null) {
                    requests.onNext(ImportRecordRequest.newBuilder().setContext(context)
                            .setRecordIndex(parsed.line()).setRecord(toRecord.apply(parsed.row()))
                            .setValidateOnly(dryRun).build());
                }
            }
            if (failure.get() == null) {
                requests.onCompleted();
            }
        } catch (RuntimeException | InterruptedException e) {
            requests.onError(Status.CANCELLED.withDescription("client stopped: " + e).asRuntimeException());
            throw e;
        }
        finished.await();
        progress.done();
        if (failure.get() != null) {
            throw failure.get() instanceof StatusRuntimeException s ? s : new IllegalStateException(failure.get());
        }
        return summary;
    }
}
