package org.warledger.chain;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Streams an audit export (see {@link ExportWriter}) one line at a time; memory use is bounded by the longest line.
 * Lines end with LF (a CR before it is dropped); each line must be well-formed UTF-8. Blank lines are skipped. Each other line must be one
 * JSON object with all twelve keys, with integer {@code position}/{@code sequence_number}, and string or null
 * values for the other keys. Unknown keys are ignored (they are not covered by the hash); duplicate keys are an
 * error.
 */
public final class ExportReader implements Closeable {

    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] line = new byte[1 << 12];
    private long lineNumber;

    /** Reads from {@code in}; closing this reader closes {@code in}. */
    public ExportReader(InputStream in) {
        this.in = in;
    }

    public static ExportReader open(Path file) throws IOException {
        return new ExportReader(Files.newInputStream(file));
    }

    /**
     * The next event, or null at end of input.
     *
     * @throws ExportFormatException if the next non-blank line is not valid UTF-8 or not a valid record
     * @throws IOException           on read errors
     */
    public ChainedEvent next() throws IOException {
        String text;
        do {
            int n = readLine();
            if (n < 0) {
                return null;
            }
            lineNumber++;
            try {
                text = utf8.reset().decode(ByteBuffer.wrap(line, 0, n)).toString();
            } catch (CharacterCodingException ex) {
                throw new ExportFormatException(lineNumber, "not valid UTF-8", ex);
            }
        } while (text.isBlank());
        try {
            return parseLine(text);
        } catch (IllegalArgumentException | JsonProcessingException ex) {
            throw new ExportFormatException(lineNumber, ex.getMessage(), ex);
        }
    }

    /** Reads the bytes of the next line (LF-terminated, a CR before the LF dropped) into {@code line}. */
    private int readLine() throws IOException {
        int n = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                if (eof || (limit = in.read(buf, 0, buf.length)) <= 0) {
                    eof = true;
                    limit = 0;
                    pos = 0;
                    if (!any) {
                        return -1;
                    }
                    break;
                }
                pos = 0;
            }
            any = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            int len = pos - start;
            if (n + len > line.length) {
                line = Arrays.copyOf(line, Math.max(n + len, line.length * 2));
            }
            System.arraycopy(buf, start, line, n, len);
            n += len;
            if (pos < limit) {
                pos++; // consume the LF
                break;
            }
        }
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        return n;
    }

    /** 1-based number of the last line read (0 before the first). */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * Parses one export line.
     *
     * @throws IllegalArgumentException if the line is valid JSON but not a valid record
     * @throws JsonProcessingException  if the line is not one JSON object
     */
    public static ChainedEvent parseLine(String line) throws JsonProcessingException {
        Map<String, Object> f = new HashMap<>();
        try (JsonParser p = ExportFormat.JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case ExportFormat.POSITION, ExportFormat.SEQUENCE_NUMBER -> {
                        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                            throw new IllegalArgumentException(name + " must be an integer that fits in 64 bits");
                        }
                        f.put(name, p.getLongValue());
                    }
                    case ExportFormat.EVENT_ID, ExportFormat.AGGREGATE_TYPE, ExportFormat.AGGREGATE_ID,
                            ExportFormat.PAYLOAD_TYPE, ExportFormat.PAYLOAD_REVISION, ExportFormat.PAYLOAD,
                            ExportFormat.METADATA, ExportFormat.TIMESTAMP, ExportFormat.PREV_HASH,
                            ExportFormat.HASH -> {
                        if (t == JsonToken.VALUE_STRING) {
                            f.put(name, p.getText());
                        } else if (t == JsonToken.VALUE_NULL) {
                            f.put(name, null);
                        } else {
                            throw new IllegalArgumentException(name + " must be a string or null");
                        }
                    }
                    default -> p.skipChildren(); // unknown key: not hashed, ignored
                }
            }
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("trailing content after the JSON object");
            }
        } catch (JsonProcessingException ex) {
            throw ex;
        } catch (IOException ex) {
            throw new IllegalStateException("I/O on an in-memory string", ex);
        }
        return new ChainedEvent(
                (Long) required(f, ExportFormat.POSITION),
                (String) required(f, ExportFormat.EVENT_ID),
                (String) required(f, ExportFormat.AGGREGATE_TYPE),
                (String) required(f, ExportFormat.AGGREGATE_ID),
                (Long) required(f, ExportFormat.SEQUENCE_NUMBER),
                (String) required(f, ExportFormat.PAYLOAD_TYPE),
                (String) required(f, ExportFormat.PAYLOAD_REVISION),
                (String) required(f, ExportFormat.PAYLOAD),
                (String) required(f, ExportFormat.METADATA),
                (String) required(f, ExportFormat.TIMESTAMP),
                (String) required(f, ExportFormat.PREV_HASH),
                (String) required(f, ExportFormat.HASH));
    }

    private static Object required(Map<String, Object> f, String key) {
        if (!f.containsKey(key)) {
            throw new IllegalArgumentException("missing key " + key);
        }
        Object v = f.get(key);
        if (v == null && (key.equals(ExportFormat.POSITION) || key.equals(ExportFormat.SEQUENCE_NUMBER))) {
            throw new IllegalArgumentException(key + " must not be null");
        }
        return v;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
