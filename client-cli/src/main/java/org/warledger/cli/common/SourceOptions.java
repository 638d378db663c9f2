package org.warledger.cli.common;

import org.warledger.proto.v1.Source;
import picocli.CommandLine.Option;

/** Who reported something: {@code --reported-by}, {@code --citation}, {@code --published-at}. */
public class SourceOptions {

    @Option(names = "--reported-by", required = true, description = "Who reported it (claimant key or outlet).")
    String reportedBy;

    @Option(names = "--citation", description = "Citation or URL.")
    String citation;

    @Option(names = "--published-at", description = "When the report was published (2026-02-27 or ISO instant).")
    String publishedAt;

    public Source toProto() {
        Source.Builder b = Source.newBuilder().setReportedBy(reportedBy);
        if (citation != null) {
            b.setCitation(citation);
        }
        if (publishedAt != null) {
            b.setPublishedAt(Times.ts(Times.instant("--published-at", publishedAt)));
        }
        return b.build();
    }
}
