package org.warledger.domain.common;

import java.util.List;

/** Lists in messages are never null: a missing list (e.g. an older stored event) reads as empty. */
public final class Lists {

    private Lists() {
    }

    public static <T> List<T> copyOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
