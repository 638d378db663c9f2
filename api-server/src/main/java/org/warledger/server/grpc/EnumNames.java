package org.warledger.server.grpc;

/** Maps a proto enum constant to the domain constant of the same name (after the proto prefix). */
final class EnumNames {

    private EnumNames() {
    }

    /** The domain constant, or null for UNSPECIFIED, UNRECOGNIZED or a name the domain lacks. */
    static <E extends Enum<E>> E of(Class<E> type, String prefix, String protoName, int number) {
        if (number <= 0 || !protoName.startsWith(prefix)) {
            return null;
        }
        try {
            return Enum.valueOf(type, protoName.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
