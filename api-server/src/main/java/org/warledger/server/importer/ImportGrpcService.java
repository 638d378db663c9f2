package org.warledger.server.importer;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.warledger.proto.v1.ImportRecordRequest;
import org.warledger.proto.v1.ImportRecordResult;
import org.warledger.proto.v1.ImportServiceGrpc;

/**
 * Bulk import as a bidirectional stream. Records are imported on a small worker pool, several at
 * once so their writes share group commits; the server asks gRPC for a new record only when one
 * has been answered and the client is reading answers, so memory stays bounded whatever the
 * client sends.
 */
@GrpcService
public class ImportGrpcService extends ImportServiceGrpc.ImportServiceImplBase {

    /** Records being imported at once per stream (and read ahead of their answers). */
    static final int WINDOW = 32;
    private static final int WORKERS = 8;

    private final RecordImporter importer;
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> {
        Thread t = new Thread(r, "import-worker");
        t.setDaemon(true);
        return t;
    });

    public ImportGrpcService(RecordImporter importer) {
        this.importer = importer;
    }

    @Override
    public StreamObserver<ImportRecordRequest> importRecords(StreamObserver<ImportRecordResult> responses) {
        ServerCallStreamObserver<ImportRecordResult> out = (ServerCallStreamObserver<ImportRecordResult>) responses;
        ImportStream stream = new ImportStream(out, importer, workers, WINDOW);
        out.disableAutoRequest();
        out.setOnReadyHandler(stream::onReady);
        out.setOnCancelHandler(stream::onCancel);
        out.request(WINDOW);
        return stream;
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
