package org.warledger.server.grpc;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.List;
import java.util.Map;

/**
 * Refuses control characters (other than tab, newline, carriage return) in every text field of a
 * request, found by reflection so new fields are covered too. They have no place in reports, and
 * some stores cannot hold them at all (PostgreSQL refuses NUL in text): a read model must never
 * meet an event it cannot store.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static void check(Message message, Violations v) {
        check(message, "", v);
    }

    /** Field paths are built only for a violation or a nested message: this runs on every request. */
    private static void check(Message message, String prefix, Violations v) {
        for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
            FieldDescriptor f = field.getKey();
            if (f.getJavaType() != FieldDescriptor.JavaType.STRING && f.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                continue;
            }
            if (f.isRepeated()) {
                List<?> values = (List<?>) field.getValue();
                for (int i = 0; i < values.size(); i++) {
                    check(f, values.get(i), prefix, i, v);
                }
            } else {
                check(f, field.getValue(), prefix, -1, v);
            }
        }
    }

    private static void check(FieldDescriptor f, Object value, String prefix, int index, Violations v) {
        if (f.getJavaType() == FieldDescriptor.JavaType.STRING) {
            if (hasControl((String) value)) {
                v.add(path(prefix, f, index), "contains a control character");
            }
        } else {
            check((Message) value, path(prefix, f, index) + ".", v);
        }
    }

    private static String path(String prefix, FieldDescriptor f, int index) {
        return index < 0 ? prefix + f.getName() : prefix + f.getName() + "[" + index + "]";
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
