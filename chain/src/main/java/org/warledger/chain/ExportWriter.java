package org.warledger.chain;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the audit export: UTF-8, one JSON object per event per line, each line ending in {@code "\n"}, no header.
 * Keys (always all present, in this order): position, event_id, aggregate_type, aggregate_id, sequence_number,
 * payload_type, payload_revision, payload, metadata, timestamp, prev_hash, hash. {@code payload} and
 * {@code metadata} are JSON <em>strings</em> holding the stored text, never re-encoded objects.
 */
public final class ExportWriter implements Closeable, Flushable {

    private final Writer out;

    /**
     * Writes to {@code out} (strict UTF-8: a string with an unpaired surrogate fails instead of being replaced);
     * closing this writer closes {@code out}.
     */
    public ExportWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    /** Creates (or truncates) {@code file}. */
    public static ExportWriter create(Path file) throws IOException {
        return new ExportWriter(Files.newOutputStream(file));
    }

    /** Appends one event as one line. */
    public void write(ChainedEvent e) throws IOException {
        writeJson(out, e);
        out.write('\n');
    }

    /** The export line for {@code e}, without the trailing newline. */
    public static String toLine(ChainedEvent e) {
        StringWriter w = new StringWriter();
        try {
            writeJson(w, e);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return w.toString();
    }

    private static void writeJson(Writer w, ChainedEvent e) throws IOException {
        try (JsonGenerator g = ExportFormat.JSON.createGenerator(w)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField(ExportFormat.POSITION, e.position());
            g.writeStringField(ExportFormat.EVENT_ID, e.eventId());
            g.writeStringField(ExportFormat.AGGREGATE_TYPE, e.aggregateType());
            g.writeStringField(ExportFormat.AGGREGATE_ID, e.aggregateId());
            g.writeNumberField(ExportFormat.SEQUENCE_NUMBER, e.sequenceNumber());
            g.writeStringField(ExportFormat.PAYLOAD_TYPE, e.payloadType());
            g.writeStringField(ExportFormat.PAYLOAD_REVISION, e.payloadRevision());
            g.writeStringField(ExportFormat.PAYLOAD, e.payload());
            g.writeStringField(ExportFormat.METADATA, e.metadata());
            g.writeStringField(ExportFormat.TIMESTAMP, e.timestamp());
            g.writeStringField(ExportFormat.PREV_HASH, e.prevHash());
            g.writeStringField(ExportFormat.HASH, e.hash());
            g.writeEndObject();
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
