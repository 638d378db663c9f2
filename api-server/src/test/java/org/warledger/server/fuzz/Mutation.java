package org.warledger.server.fuzz;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One change to one field of a request, found by protobuf reflection so that it reaches every field
 * of every command message, including ones added after this test was written.
 */
record Mutation(Kind kind, int fieldPick, Object value) {

    enum Kind { STRING, NUMBER, ENUM, CLEAR, GROW_LIST }

    private static final Object[] EDGE_NUMBERS = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
        Double.MAX_VALUE, Double.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0};
    private static final String[] EDGE_STRINGS = {"", " ", "\u202e\u0000", "𝕏".repeat(300), "'; DROP TABLE x; --",
        "../../etc/passwd"};

    /** A random mutation: values drawn from the edges (huge, empty, junk, NaN, extremes, unknown enums). */
    static Mutation random(Random rnd) {
        int pick = rnd.nextInt(10_001);
        return switch (rnd.nextInt(5)) {
            case 0 -> new Mutation(Kind.STRING, pick, string(rnd));
            case 1 -> new Mutation(Kind.NUMBER, pick, number(rnd));
            case 2 -> new Mutation(Kind.ENUM, pick, rnd.nextInt(-5, 1001));
            case 3 -> new Mutation(Kind.CLEAR, pick, null);
            default -> new Mutation(Kind.GROW_LIST, pick, rnd.nextInt(2, 5_001));
        };
    }

    /** Up to {@code max} random mutations, at least one. */
    static List<Mutation> several(Random rnd, int max) {
        List<Mutation> out = new ArrayList<>();
        for (int i = rnd.nextInt(1, max + 1); i > 0; i--) {
            out.add(random(rnd));
        }
        return out;
    }

    private static String string(Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> rnd.ints(rnd.nextInt(301), 0, Character.MAX_CODE_POINT + 1)
                    .filter(cp -> !Character.isSurrogate((char) cp) || cp > 0xFFFF)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            case 1 -> rnd.ints(rnd.nextInt(51), 0, 0x20)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            case 2 -> EDGE_STRINGS[rnd.nextInt(EDGE_STRINGS.length)];
            default -> "x".repeat(rnd.nextInt(200, 200_001));
        };
    }

    private static Object number(Random rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> EDGE_NUMBERS[rnd.nextInt(EDGE_NUMBERS.length)];
            case 1 -> Double.longBitsToDouble(rnd.nextLong());
            default -> rnd.nextLong();
        };
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
