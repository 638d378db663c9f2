package org.warledger.server.fuzz;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One change to one field of a request, found by protobuf reflection so that it reaches every field
 * of every command message, including ones added after this test was written.
 */
record Mutation(Kind kind, int fieldPick, Object value) {

    enum Kind { STRING, NUMBER, ENUM, CLEAR, GROW_LIST }

    /** Random mutations: values drawn from the edges (huge, empty, junk, NaN, extremes, unknown enums). */
    static Arbitrary<Mutation> any() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 10_000);
        Arbitrary<String> strings = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(50),
                Arbitraries.of("", " ", "\u202e\u0000", "𝕏".repeat(300), "'; DROP TABLE x; --", "../../etc/passwd"),
                Arbitraries.integers().between(200, 200_000).map("x"::repeat));
        Arbitrary<Object> numbers = Arbitraries.oneOf(
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MAX_VALUE,
                        Double.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0),
                Arbitraries.doubles().map(d -> (Object) d), Arbitraries.longs().map(l -> (Object) l));
        return Arbitraries.oneOf(
                Combinators.combine(pick, strings).as((p, s) -> new Mutation(Kind.STRING, p, s)),
                Combinators.combine(pick, numbers).as((p, n) -> new Mutation(Kind.NUMBER, p, n)),
                Combinators.combine(pick, Arbitraries.integers().between(-5, 1000))
                        .as((p, n) -> new Mutation(Kind.ENUM, p, n)),
                pick.map(p -> new Mutation(Kind.CLEAR, p, null)),
                Combinators.combine(pick, Arbitraries.integers().between(2, 5_000))
                        .as((p, n) -> new Mutation(Kind.GROW_LIST, p, n)));
    }

    /** Applies this mutation to one field of the kind it changes, if the message has such a field. */
    void applyTo(Message.Builder root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        List<Slot> fitting = slots.stream().filter(s -> fits(s.field())).toList();
        if (!fitting.isEmpty()) {
            Slot slot = fitting.get(fieldPick % fitting.size());
            apply(slot.builder(), slot.field());
        }
    }

    private record Slot(Message.Builder builder, FieldDescriptor field) {
    }

    private static void collect(Message.Builder b, List<Slot> out) {
        for (FieldDescriptor f : b.getDescriptorForType().getFields()) {
            out.add(new Slot(b, f));
            if (f.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !f.isRepeated() && b.hasField(f)) {
                collect(b.getFieldBuilder(f), out);
            }
        }
    }

    private boolean fits(FieldDescriptor f) {
        return switch (kind) {
            case STRING -> f.getJavaType() == FieldDescriptor.JavaType.STRING;
            case NUMBER -> switch (f.getJavaType()) {
                case INT, LONG, FLOAT, DOUBLE -> true;
                default -> false;
            };
            case ENUM -> f.getJavaType() == FieldDescriptor.JavaType.ENUM;
            case CLEAR -> true;
            case GROW_LIST -> f.isRepeated();
        };
    }

    private void apply(Message.Builder b, FieldDescriptor f) {
        switch (kind) {
            case CLEAR -> b.clearField(f);
            case GROW_LIST -> {
                Object sample = b.getRepeatedFieldCount(f) > 0 ? b.getRepeatedField(f, 0) : defaultElement(b, f);
                for (int i = 0; i < (Integer) value; i++) {
                    b.addRepeatedField(f, sample);
                }
            }
            default -> set(b, f, convert(f));
        }
    }

    private static Object defaultElement(Message.Builder b, FieldDescriptor f) {
        return switch (f.getJavaType()) {
            case MESSAGE -> b.newBuilderForField(f).build();
            case ENUM -> f.getEnumType().getValues().get(f.getEnumType().getValues().size() - 1);
            case STRING -> "x";
            default -> f.getDefaultValue();
        };
    }

    private Object convert(FieldDescriptor f) {
        return switch (f.getJavaType()) {
            case STRING -> value;
            case INT -> ((Number) value).intValue();
            case LONG -> ((Number) value).longValue();
            case FLOAT -> ((Number) value).floatValue();
            case DOUBLE -> ((Number) value).doubleValue();
            case ENUM -> f.getEnumType().findValueByNumberCreatingIfUnknown((Integer) value);
            default -> throw new IllegalStateException(f.toString());
        };
    }

    private static void set(Message.Builder b, FieldDescriptor f, Object v) {
        if (f.isRepeated()) {
            b.addRepeatedField(f, v);
        } else {
            b.setField(f, v);
        }
    }

    @Override
    public String toString() {
        String shown = value instanceof String s && s.length() > 40 ? "\"" + s.substring(0, 40) + "…\" (" + s.length() + ")" : String.valueOf(value);
        return kind + "#" + fieldPick + "=" + shown;
    }
}
