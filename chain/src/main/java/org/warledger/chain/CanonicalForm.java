package org.warledger.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The canonical byte form of a {@link ChainedEvent}, version {@value #VERSION}. See docs/AUDIT-HASH.md.
 *
 * <p>The canonical form is the concatenation of 11 fields, in this order: the version tag
 * {@code "warledger-chain-v1"}, position, eventId, aggregateType, aggregateId, sequenceNumber, payloadType,
 * payloadRevision, payload, metadata, timestamp. Each field is a 4-byte big-endian unsigned length followed by
 * that many bytes of UTF-8; a {@code null} field is the 4 bytes {@code FF FF FF FF} and nothing else. Numbers are
 * written as their shortest base-10 ASCII form ({@code Long.toString}). Strings are encoded byte-exact, without
 * any Unicode normalisation; a string that is not well-formed Unicode (an unpaired surrogate) is rejected with
 * {@link IllegalArgumentException} rather than silently replaced. {@code prevHash} and {@code hash} are not part
 * of the canonical form.
 */
public final class CanonicalForm {

    /** The version tag, the first field of every canonical form. */
    public static final String VERSION = "warledger-chain-v1";

    static final int NULL_LENGTH = 0xFFFFFFFF;

    private CanonicalForm() {
    }

    /** The canonical bytes of {@code e}. */
    public static byte[] bytes(ChainedEvent e) {
        Out out = new Out(256 + len(e.payload()) + len(e.metadata()));
        out.field(VERSION, "version");
        out.field(Long.toString(e.position()), "position");
        out.field(e.eventId(), "eventId");
        out.field(e.aggregateType(), "aggregateType");
        out.field(e.aggregateId(), "aggregateId");
        out.field(Long.toString(e.sequenceNumber()), "sequenceNumber");
        out.field(e.payloadType(), "payloadType");
        out.field(e.payloadRevision(), "payloadRevision");
        out.field(e.payload(), "payload");
        out.field(e.metadata(), "metadata");
        out.field(e.timestamp(), "timestamp");
        return out.toByteArray();
    }

    private static int len(String s) {
        return s == null ? 0 : Math.min(s.length() * 3, 1 << 20);
    }

    private static final class Out extends ByteArrayOutputStream {
        private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);

        Out(int size) {
            super(size);
        }

        void field(String s, String name) {
            if (s == null) {
                int4(NULL_LENGTH);
                return;
            }
            ByteBuffer b;
            try {
                b = utf8.reset().encode(CharBuffer.wrap(s));
            } catch (CharacterCodingException ex) {
                throw new IllegalArgumentException(name + " is not well-formed Unicode (unpaired surrogate)", ex);
            }
            int n = b.remaining();
            int4(n);
            write(b.array(), b.arrayOffset() + b.position(), n);
        }

        private void int4(int v) {
            write(v >>> 24);
            write(v >>> 16);
            write(v >>> 8);
            write(v);
        }
    }
}
