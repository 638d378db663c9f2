package org.warledger.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warledger.proto.v1.ClaimScope;
import org.warledger.proto.v1.ImportedFigure;
import org.warledger.proto.v1.ImportedRecord;

/** Every text field is checked, nested and repeated ones too, and each violation names its path. */
class ControlCharactersTest {

    private static List<String> fields(Message m) {
        Violations v = new Violations();
        ControlCharacters.check(m, v);
        try {
            v.throwIfAny();
            return List.of();
        } catch (RequestValidationException e) {
            return e.violations().stream().map(RequestValidationException.Violation::field).toList();
        }
    }

    @Test
    void aRepeatedTextIsNamedWithItsIndex() {
        ClaimScope scope = ClaimScope.newBuilder().addStrikeIds("strike-1").addStrikeIds("strike\u00002")
                .setOperation("op").build();
        assertThat(fields(scope)).containsExactly("strike_ids[1]");
    }

    @Test
    void aTextInsideARepeatedMessageIsNamedWithItsPath() {
        ImportedRecord record = ImportedRecord.newBuilder().setDescription("fine\ttabs\nand lines\r")
                .addFigures(ImportedFigure.newBuilder().setOriginalWords("at least 274"))
                .addFigures(ImportedFigure.newBuilder().setOriginalWords("13\u001b[31m"))
                .setNotes("\u007f").build();
        assertThat(fields(record)).containsExactlyInAnyOrder("figures[1].original_words", "notes");
    }

    @Test
    void cleanTextPasses() {
        assertThat(fields(ClaimScope.newBuilder().addStrikeIds("a").addStrikeIds("b").setOperation("Azm-e-Istehkam")
                .build())).isEmpty();
    }
}
