package org.warledger.cli.common;

import com.google.protobuf.ProtocolMessageEnum;
import java.util.Locale;

/** Proto enum values as people type and read them: {@code CLAIM_CATEGORY_POSTS_DESTROYED} is {@code posts_destroyed}. */
public final class Names {

    private Names() {
    }

    public static String show(ProtocolMessageEnum value) {
        String prefix = value.getDescriptorForType().getName().replaceAll("([a-z])([A-Z])", "$1_$2")
                .toUpperCase(Locale.ROOT) + "_";
        String name = ((Enum<?>) value).name();
        return (name.startsWith(prefix) ? name.substring(prefix.length()) : name).toLowerCase(Locale.ROOT);
    }

    /** The proto constant {@code PREFIX_NAME} for a CLI enum value {@code name}. */
    public static String proto(String prefix, Enum<?> cliValue) {
        return prefix + cliValue.name().toUpperCase(Locale.ROOT);
    }
}
