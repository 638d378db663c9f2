package org.warledger.domain.claim;

import java.util.List;
import java.util.Objects;
import org.warledger.domain.common.Lists;
import org.warledger.domain.common.TimeWindow;

/**
 * What a claim is about: a time window, optionally narrowed to particular strikes, or a whole named
 * operation ({@code operation} may be null).
 */
public record ClaimScope(TimeWindow window, List<String> strikeIds, String operation) {

    public ClaimScope {
        Objects.requireNonNull(window, "window");
        strikeIds = Lists.copyOrEmpty(strikeIds);
    }
}
