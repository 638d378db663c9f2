package org.warledger.cli.common;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import picocli.CommandLine.Option;

/** {@code --page-size}, {@code --page-token}, {@code --all} on every list command. */
public class PageOptions {

    /** One page as the server gave it. */
    public record Page<E>(List<E> items, String nextToken) {
    }

    @Option(names = "--page-size", defaultValue = "100", description = "Entries per page (default ${DEFAULT-VALUE}).")
    int pageSize;
    @Option(names = "--page-token", description = "Continue from this token (printed after a full page).")
    String pageToken;
    @Option(names = "--all", description = "Fetch every page.")
    boolean all;

    /** Fetches one page, or every page with {@code --all}; {@code fetch} gets (page size, token). */
    public <E> Page<E> fetch(BiFunction<Integer, String, Page<E>> fetch) {
        List<E> items = new ArrayList<>();
        String token = pageToken == null ? "" : pageToken;
        Page<E> page;
        do {
            page = fetch.apply(pageSize, token);
            items.addAll(page.items());
            token = page.nextToken();
        } while (all && !token.isEmpty());
        return new Page<>(items, all ? "" : token);
    }

    /** Tells a reader of a table how to get the next page. */
    public static void more(PrintWriter out, String nextToken) {
        if (!nextToken.isEmpty()) {
            out.println("more: --page-token " + nextToken);
        }
    }
}
