package org.warledger.cli.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.warledger.cli.common.OutputOptions;
import org.warledger.cli.common.Printer;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.Times;
import org.warledger.proto.v1.ListTimelineRequest;
import org.warledger.proto.v1.ListTimelineResponse;
import org.warledger.proto.v1.QueryServiceGrpc;
import org.warledger.proto.v1.TimelineEntry;
import org.warledger.proto.v1.TimelineKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warledger timeline CONFLICT}: the story of a conflict in the order things happened. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "List a conflict's timeline, ordered by when things happened.")
public class TimelineCommand implements Callable<Integer> {

    /** Kinds of entries. */
    enum Kind { strike, claim, ceasefire, statement, operation }

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    OutputOptions output;

    @Parameters(index = "0", description = "Conflict key, e.g. pak-afg-2026.")
    String conflict;
    @Option(names = "--party", description = "Only entries involving this party.")
    String party;
    @Option(names = "--kind", split = ",", description = "Only these kinds: ${COMPLETION-CANDIDATES}.")
    List<Kind> kinds = new ArrayList<>();
    @Option(names = "--from", description = "Only what happened at or after this time.")
    String from;
    @Option(names = "--before", description = "Only what happened before this time (as happened by).")
    String before;
    @Option(names = "--as-recorded-at", description = "Only what had been recorded by this time.")
    String asRecordedAt;
    @Option(names = "--country", description = "Only entries in this country (ISO code).")
    String country;
    @Option(names = "--page-size", defaultValue = "100", description = "Entries per page (default ${DEFAULT-VALUE}).")
    int pageSize;
    @Option(names = "--page-token", description = "Continue from this token (printed after a full page).")
    String pageToken;
    @Option(names = "--all", description = "Fetch every page.")
    boolean all;

    @Override
    public Integer call() {
        ListTimelineRequest.Builder request = ListTimelineRequest.newBuilder().setConflictKey(conflict).setPageSize(pageSize);
        if (party != null) {
            request.setParty(party);
        }
        kinds.forEach(k -> request.addKinds(TimelineKind.valueOf("TIMELINE_KIND_" + k.name().toUpperCase(Locale.ROOT))));
        if (from != null) {
            request.setHappenedFrom(Times.ts(Times.instant("--from", from)));
        }
        if (before != null) {
            request.setHappenedBefore(Times.ts(Times.instant("--before", before)));
        }
        if (asRecordedAt != null) {
            request.setAsRecordedAt(Times.ts(Times.instant("--as-recorded-at", asRecordedAt)));
        }
        if (country != null) {
            request.setCountryCode(country);
        }
        if (pageToken != null) {
            request.setPageToken(pageToken);
        }
        var channel = server.channel();
        try {
            var stub = QueryServiceGrpc.newBlockingStub(channel);
            List<TimelineEntry> entries = new ArrayList<>();
            ListTimelineResponse page;
            do {
                page = stub.withDeadlineAfter(server.timeoutSeconds(), TimeUnit.SECONDS).listTimeline(request.build());
                entries.addAll(page.getEntriesList());
                request.setPageToken(page.getNextPageToken());
            } while (all && !page.getNextPageToken().isEmpty());
            print(entries, all ? "" : page.getNextPageToken());
            return 0;
        } finally {
            ServerOptions.close(channel);
        }
    }

    private void print(List<TimelineEntry> entries, String next) {
        var out = spec.commandLine().getOut();
        if (output.json()) {
            Printer.json(out, ListTimelineResponse.newBuilder().addAllEntries(entries).setNextPageToken(next));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (TimelineEntry e : entries) {
            rows.add(List.of(Times.show(e.getOccurred()), e.getKind().name().substring("TIMELINE_KIND_".length()).toLowerCase(Locale.ROOT),
                    String.join(",", e.getPartiesList()), e.getTitle(), String.join(",", e.getMarksList())));
        }
        Printer.table(out, List.of("when", "kind", "parties", "what", "marks"), rows);
        if (!next.isEmpty()) {
            out.println("more: --page-token " + next);
        }
    }
}
