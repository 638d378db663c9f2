package org.warledger.domain.registry;

import java.util.List;
import java.util.Locale;
import org.warledger.domain.common.Lists;

/** Alias lists shared by parties and claimants: never null, compared without regard to case. */
final class Aliases {

    private Aliases() {
    }

    static List<String> copy(List<String> aliases) {
        return Lists.copyOrEmpty(aliases);
    }

    /** "Pakistan Army" and "pakistan army" name the same thing when a report is matched to a key. */
    static String normalized(String alias) {
        return alias.strip().toLowerCase(Locale.ROOT);
    }
}
