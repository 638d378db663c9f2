package org.warledger.chain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HashChainTest {

    /** The worked example of docs/AUDIT-HASH.md. */
    static final ChainedEvent DOC_EXAMPLE = new ChainedEvent(1,
            "3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c", "Strike", "strike-42", 0,
            "org.warledger.domain.strike.StrikeReported", null,
            "{\"place\":\"Kharkiv\",\"casualties\":3}", "{\"traceId\":\"abc\"}",
            "2026-02-27T06:00:00.123Z", null, null);

    static final String DOC_EXAMPLE_HASH = "e9ec0c818f540c21dddccef94a1aafd37a43410f2a93243e75d0b8e2fac96d8d";

    private static void field(ByteArrayOutputStream out, String s) {
        if (s == null) {
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(b.length).array());
        out.writeBytes(b);
    }

    /** Pins the recipe: assembled by hand here, independently of CanonicalForm. */
    @Test
    void recipeIsPinnedByAnIndependentlyComputedVector() throws Exception {
        ByteArrayOutputStream canon = new ByteArrayOutputStream();
        for (String s : new String[] {"warledger-chain-v1", "1", "3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c", "Strike",
                "strike-42", "0", "org.warledger.domain.strike.StrikeReported", null,
                "{\"place\":\"Kharkiv\",\"casualties\":3}", "{\"traceId\":\"abc\"}", "2026-02-27T06:00:00.123Z"}) {
            field(canon, s);
        }
        assertThat(CanonicalForm.bytes(DOC_EXAMPLE)).isEqualTo(canon.toByteArray());

        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(new byte[32]);
        sha.update(canon.toByteArray());
        String expected = HexFormat.of().formatHex(sha.digest());

        assertThat(HashChain.next(HashChain.GENESIS_HEX, DOC_EXAMPLE)).isEqualTo(expected);
        // literal value, also printed in docs/AUDIT-HASH.md: fails if SHA-256 input ever changes
        assertThat(expected).isEqualTo(DOC_EXAMPLE_HASH);
    }

    @Test
    void canonicalFormHasExactLayout() {
        byte[] b = CanonicalForm.bytes(DOC_EXAMPLE);
        // first field: 00 00 00 12 "warledger-chain-v1"
        assertThat(HexFormat.of().formatHex(b, 0, 4)).isEqualTo("00000012");
        assertThat(new String(b, 4, 18, StandardCharsets.UTF_8)).isEqualTo("warledger-chain-v1");
        // second field: 00 00 00 01 "1"
        assertThat(HexFormat.of().formatHex(b, 22, 27)).isEqualTo("0000000131");
    }

    @Test
    void nullIsDistinctFromEmptyAndNonAsciiIsUtf8() {
        ChainedEvent nullType = DOC_EXAMPLE;
        ChainedEvent emptyRevision = new ChainedEvent(1, DOC_EXAMPLE.eventId(), "Strike", "strike-42", 0,
                DOC_EXAMPLE.payloadType(), "", DOC_EXAMPLE.payload(), DOC_EXAMPLE.metadata(),
                DOC_EXAMPLE.timestamp(), null, null);
        assertThat(CanonicalForm.bytes(nullType)).isNotEqualTo(CanonicalForm.bytes(emptyRevision));

        ChainedEvent cyr = Fixtures.withPayload(DOC_EXAMPLE, "\"Салтівка\"");
        byte[] expectedTail = "\"Салтівка\"".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream manual = new ByteArrayOutputStream();
        field(manual, "\"Салтівка\"");
        assertThat(new String(CanonicalForm.bytes(cyr), StandardCharsets.ISO_8859_1))
                .contains(new String(manual.toByteArray(), StandardCharsets.ISO_8859_1));
        assertThat(expectedTail.length).isEqualTo(18); // 8 Cyrillic letters x 2 bytes + 2 quotes
    }

    @Test
    void fieldBoundariesMatter() {
        ChainedEvent a = new ChainedEvent(1, "id", "ab", "c", 0, "T", null, "{}", "{}", "t", null, null);
        ChainedEvent b = new ChainedEvent(1, "id", "a", "bc", 0, "T", null, "{}", "{}", "t", null, null);
        assertThat(HashChain.next(HashChain.GENESIS_HEX, a)).isNotEqualTo(HashChain.next(HashChain.GENESIS_HEX, b));
    }

    @Test
    void unpairedSurrogateIsRejectedNotReplaced() {
        ChainedEvent bad = Fixtures.withPayload(DOC_EXAMPLE, "{\"x\":\"\uD800\"}");
        assertThatThrownBy(() -> CanonicalForm.bytes(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payload");
    }

    @Test
    void genesisAndHex() {
        assertThat(HashChain.GENESIS).hasSize(32).containsOnly(0);
        assertThat(HashChain.GENESIS_HEX).hasSize(64).matches("0+");
        assertThat(HashChain.next(HashChain.genesis(), DOC_EXAMPLE))
                .isEqualTo(HexFormat.of().parseHex(HashChain.next(HashChain.GENESIS_HEX, DOC_EXAMPLE)));
        assertThatThrownBy(() -> HashChain.next("ABCD", DOC_EXAMPLE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashChain.next(HashChain.GENESIS_HEX.toUpperCase().replace('0', 'A'), DOC_EXAMPLE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void prevHashAndHashFieldsAreNotHashed() {
        ChainedEvent sealed = HashChain.seal(HashChain.GENESIS_HEX, DOC_EXAMPLE);
        assertThat(CanonicalForm.bytes(sealed)).isEqualTo(CanonicalForm.bytes(DOC_EXAMPLE));
        assertThat(sealed.prevHash()).isEqualTo(HashChain.GENESIS_HEX);
        assertThat(sealed.hash()).isEqualTo(HashChain.next(HashChain.GENESIS_HEX, DOC_EXAMPLE));
    }
}
