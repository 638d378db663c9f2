package org.warledger.server.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warledger.domain.ceasefire.CeasefireEvents;
import org.warledger.domain.claim.ClaimEvents;
import org.warledger.domain.operation.OperationEvents;
import org.warledger.domain.registry.ClaimantEvents;
import org.warledger.domain.registry.PartyEvents;
import org.warledger.domain.statement.StatementEvents;
import org.warledger.domain.strike.StrikeEvents;

/**
 * Every event type, once stored, is a public contract. This reads the stored JSON form of every
 * event (src/test/resources/event-forms) with the server's serializer and checks nothing is lost.
 * A new event type gets its form written on the first run; commit it with the type.
 */
class EventFormsTest {

    private static final Path FORMS = Path.of("src/test/resources/event-forms");
    private static final ObjectMapper MAPPER = Serializers.events().getObjectMapper();

    static Stream<Class<?>> eventTypes() {
        return Stream.of(StrikeEvents.class, ClaimEvents.class, PartyEvents.class, ClaimantEvents.class,
                        CeasefireEvents.class, StatementEvents.class, OperationEvents.class)
                .flatMap(holder -> Arrays.stream(holder.getDeclaredClasses()))
                .filter(Class::isRecord);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void theStoredFormOfEveryEventStillReads(Class<?> type) throws IOException {
        Path form = FORMS.resolve(type.getName() + ".json");
        if (!Files.exists(form)) {
            Files.createDirectories(FORMS);
            Files.writeString(form, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sample(type)) + "\n");
            fail("new event type " + type.getName() + ": its stored form was written to " + form + "; commit it");
        }
        JsonNode stored = MAPPER.readTree(Files.readString(form));
        Object event = MAPPER.treeToValue(stored, type);
        JsonNode reread = MAPPER.valueToTree(event);
        // fields added since the form was stored read as null from it: evolution by adding fields is allowed
        ((com.fasterxml.jackson.databind.node.ObjectNode) reread).properties()
                .removeIf(f -> !stored.has(f.getKey()) && f.getValue().isNull());
        assertThat(reread.toString()).as("fields lost or renamed reading %s", form).isEqualTo(stored.toString());
    }

    /** A value of every component, so a stored form shows every field. */
    static Object sample(Class<?> type) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = value(components[i].getType(), components[i].getGenericType());
            }
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class[]::new)).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName(), e);
        }
    }

    private static Object value(Class<?> type, Type generic) {
        if (type == String.class) {
            return "text";
        }
        if (type == Instant.class) {
            return Instant.parse("2026-02-27T06:00:00Z");
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == double.class || type == Double.class) {
            return 1.5;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class || type == Set.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Object one = value((Class<?>) element, element);
            return type == List.class ? List.of(one) : Set.of(one);
        }
        if (type.isRecord()) {
            return sample(type);
        }
        throw new IllegalStateException("no sample for " + type);
    }
}
