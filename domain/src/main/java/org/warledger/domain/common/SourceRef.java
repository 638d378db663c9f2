package org.warledger.domain.common;

import java.time.Instant;
import java.util.Objects;

/** Who reported something, where (citation or URL) and when it was published. */
public record SourceRef(String reportedBy, String citation, Instant publishedAt) {

    public SourceRef {
        Objects.requireNonNull(reportedBy, "reportedBy");
    }
}
