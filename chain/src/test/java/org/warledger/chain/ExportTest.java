package org.warledger.chain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warledger.chain.ChainVerifierTest.assertBroken;

class ExportTest {

    @TempDir
    Path dir;

    private final List<ChainedEvent> chain = Fixtures.chain(8);

    private Path export(List<ChainedEvent> events) throws IOException {
        Path f = dir.resolve("export.ndjson");
        try (ExportWriter w = ExportWriter.create(f)) {
            for (ChainedEvent e : events) {
                w.write(e);
            }
        }
        return f;
    }

    private List<String> lines(Path f) throws IOException {
        return new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
    }

    private Path rewrite(List<String> lines) throws IOException {
        Path f = dir.resolve("tampered.ndjson");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void exportRoundTripsAndVerifiesOffline() throws IOException {
        Path f = export(chain);
        List<ChainedEvent> back = new ArrayList<>();
        try (ExportReader r = ExportReader.open(f)) {
            ChainedEvent e;
            while ((e = r.next()) != null) {
                back.add(e);
            }
        }
        assertThat(back).isEqualTo(chain);
        VerificationResult result = OfflineVerifier.verify(f);
        assertThat(result.ok()).as(result.toString()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(8);
        assertThat(result.headHash()).isEqualTo(chain.get(7).hash());
    }

    @Test
    void lineFormat() {
        ChainedEvent e = HashChain.seal(HashChain.GENESIS_HEX, HashChainTest.DOC_EXAMPLE);
        assertThat(ExportWriter.toLine(e)).isEqualTo("{\"position\":1,"
                + "\"event_id\":\"3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c\",\"aggregate_type\":\"Strike\","
                + "\"aggregate_id\":\"strike-42\",\"sequence_number\":0,"
                + "\"payload_type\":\"org.warledger.domain.strike.StrikeReported\",\"payload_revision\":null,"
                + "\"payload\":\"{\\\"place\\\":\\\"Kharkiv\\\",\\\"casualties\\\":3}\","
                + "\"metadata\":\"{\\\"traceId\\\":\\\"abc\\\"}\",\"timestamp\":\"2026-02-27T06:00:00.123Z\","
                + "\"prev_hash\":\"" + HashChain.GENESIS_HEX + "\",\"hash\":\"" + e.hash() + "\"}");
    }

    @Test
    void payloadWhitespaceAndKeyOrderSurviveByteExact() throws IOException {
        ChainedEvent odd = HashChain.seal(HashChain.GENESIS_HEX, Fixtures.withPayload(Fixtures.unsealed(1),
                "{ \"b\" : 1,\n\t\"a\":\"\\u00e9\" , \"c\":1.0e0 }"));
        Path f = export(List.of(odd));
        try (ExportReader r = ExportReader.open(f)) {
            assertThat(r.next()).isEqualTo(odd);
            assertThat(r.next()).isNull();
        }
        assertThat(OfflineVerifier.verify(f).ok()).isTrue();
    }

    @Test
    void modifiedPayloadLineIsCaught() throws IOException {
        List<String> l = lines(export(chain));
        l.set(2, l.get(2).replace("\\\"casualties\\\":3", "\\\"casualties\\\":4"));
        assertThat(l.get(2)).isNotEqualTo(lines(export(chain)).get(2));
        assertBroken(OfflineVerifier.verify(rewrite(l)), 3, "hash mismatch");
    }

    @Test
    void deletedLineIsCaught() throws IOException {
        List<String> l = lines(export(chain));
        l.remove(3);
        assertBroken(OfflineVerifier.verify(rewrite(l)), 4, "position gap: expected 4, found 5");
    }

    @Test
    void swappedLinesAreCaught() throws IOException {
        List<String> l = lines(export(chain));
        String t = l.get(5);
        l.set(5, l.get(6));
        l.set(6, t);
        assertBroken(OfflineVerifier.verify(rewrite(l)), 6, "position out of order");
    }

    @Test
    void insertedForgedLineIsCaught() throws IOException {
        ChainedEvent forged = HashChain.seal(chain.get(3).hash(),
                Fixtures.withPayload(Fixtures.unsealed(5), "{\"place\":\"nowhere\"}"));
        List<String> l = lines(export(chain));
        l.add(4, ExportWriter.toLine(forged));
        assertBroken(OfflineVerifier.verify(rewrite(l)), 6, "position out of order: expected 6, found 5");
    }

    @Test
    void malformedLineIsReportedWithLineNumber() throws IOException {
        List<String> l = lines(export(chain));
        l.set(2, "{\"position\":3,");
        assertBroken(OfflineVerifier.verify(rewrite(l)), 3, "malformed line 3:");
        l.set(2, l.get(3).replace("\"payload\":\"{", "\"payload\":{\"x\":1},\"ignored\":\"{"));
        assertBroken(OfflineVerifier.verify(rewrite(l)), 3, "malformed line 3: payload must be a string");
    }

    @Test
    void invalidUtf8IsReported() throws IOException {
        Path f = export(chain.subList(0, 2));
        try (OutputStream o = Files.newOutputStream(f, java.nio.file.StandardOpenOption.APPEND)) {
            o.write(new byte[] {'{', (byte) 0xC3, '}', '\n'});
        }
        assertBroken(OfflineVerifier.verify(f), 3, "malformed line 3: not valid UTF-8");
    }

    @Test
    void readerIsStrict() {
        String line = ExportWriter.toLine(chain.get(0));
        assertThatThrownBy(() -> ExportReader.parseLine(line.replace("\"position\":1", "\"position\":1.0")))
                .hasMessageContaining("position must be an integer");
        assertThatThrownBy(() -> ExportReader.parseLine(line.replace(",\"metadata\":", ",\"metadata_x\":")))
                .hasMessageContaining("missing key metadata");
        assertThatThrownBy(() -> ExportReader.parseLine(line.substring(0, line.length() - 1) + ",\"hash\":\"00\"}"))
                .hasMessageContaining("Duplicate field");
        assertThatThrownBy(() -> ExportReader.parseLine(line + " {}"))
                .hasMessageContaining("trailing");
    }

    @Test
    void blankLinesAndCrLfAreTolerated() throws IOException {
        StringBuilder sb = new StringBuilder("\n");
        for (ChainedEvent e : chain) {
            sb.append(ExportWriter.toLine(e)).append("\r\n");
        }
        VerificationResult r = OfflineVerifier.verify(new java.io.ByteArrayInputStream(
                sb.append("\n").toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(r.ok()).as(r.toString()).isTrue();
        assertThat(r.eventsChecked()).isEqualTo(8);
    }

    @Test
    void streamsLargeExportsInConstantMemory() throws IOException {
        // 50k events (~20 MB) through writer, reader and verifier; nothing holds the whole list
        Path f = dir.resolve("big.ndjson");
        int n = 50_000;
        String prev = HashChain.GENESIS_HEX;
        try (ExportWriter w = ExportWriter.create(f)) {
            for (int i = 1; i <= n; i++) {
                ChainedEvent e = HashChain.seal(prev, Fixtures.unsealed(i));
                w.write(e);
                prev = e.hash();
            }
        }
        VerificationResult r = OfflineVerifier.verify(f);
        assertThat(r.ok()).as(r.toString()).isTrue();
        assertThat(r.eventsChecked()).isEqualTo(n);
        assertThat(r.headHash()).isEqualTo(prev);
    }

    @Test
    void writerRejectsUnpairedSurrogates() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ExportWriter w = new ExportWriter(sink);
        assertThatThrownBy(() -> {
            w.write(Fixtures.withPayload(chain.get(0), "\uDC00"));
            w.flush();
        }).isInstanceOf(IOException.class);
    }
}
