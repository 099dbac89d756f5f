package com.nexuscrm.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.json.Json;
import com.nexuscrm.search.SearchHit;
import com.nexuscrm.search.SearchKind;
import com.nexuscrm.usecase.Workspace;
import com.nexuscrm.usecase.WorkspaceSearch;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus search "QUERY"}: the window's Ctrl+K search on the command line; matched words in [brackets]. */
@Command(name = "search", description = "Search every record, activity, readable call transcript and document's text.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "QUERY", description = "Words to find; each word also matches as the start of a word")
    String query;

    @Option(names = "--type", split = ",", paramLabel = "TYPE",
            description = "Only these types: lead, contact, account, deal, activity, call, document")
    List<String> types = List.of();

    @Option(names = "--limit", description = "Most results (default ${DEFAULT-VALUE})")
    int limit = 20;

    @Option(names = "--json", description = "Print the results as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
        for (String t : types) {
            kinds.add(SearchKind.parse(t));
        }
        try (Workspace open = workspace.open(); WorkspaceSearch search = WorkspaceSearch.open(open)) {
            List<SearchHit> hits = search.search(query, kinds, limit);
            if (json) {
                System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(asJson(hits)));
            } else {
                hits.forEach(h -> System.out.printf("%-9s %s%n          %s%n", h.kind().name().toLowerCase(java.util.Locale.ROOT),
                        SearchHit.marked(h.title()), SearchHit.marked(h.snippet())));
                System.err.println(hits.size() + " results");
            }
            return 0;
        }
    }

    private static ArrayNode asJson(List<SearchHit> hits) {
        ArrayNode out = Json.mapper().createArrayNode();
        for (SearchHit h : hits) {
            ObjectNode o = out.addObject();
            o.put("type", h.kind().name().toLowerCase(java.util.Locale.ROOT));
            o.put("id", h.id().toString());
            if (h.target() != null) {
                o.put("opens", h.target().kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + h.target().id());
            }
            o.put("title", SearchHit.marked(h.title()));
            o.put("snippet", SearchHit.marked(h.snippet()));
            o.put("score", h.score());
        }
        return out;
    }
}
