package com.nexuscrm.usecase;

import com.nexuscrm.campaign.SendFailure;
import com.nexuscrm.campaign.TrackingLinks;
import com.nexuscrm.domain.campaign.TouchRepository;
import com.nexuscrm.json.Json;
import com.nexuscrm.protocol.EngagementEvent;
import com.nexuscrm.protocol.EngagementResponse;
import com.nexuscrm.protocol.TrackingLinksRequest;
import com.nexuscrm.protocol.TrackingLinksResponse;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.sync.ServerLinkStore;
import com.nexuscrm.sync.SyncClient;
import com.nexuscrm.sync.SyncException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Open and click tracking through the workspace's team server (issue 17, part 4). As {@link TrackingLinks} it asks the
 * server to sign a touch's pixel and click links just before the email goes out (no key on the workstation; a server
 * that cannot be reached is a transient failure, the email waits). {@link #pull} reads the team's opens and clicks
 * after the stored cursor and marks the local touches that have those ids (others are ignored): the "opened previous"
 * and "clicked" step conditions then hold. The cursor is kept in {@code workspace_meta} with the server's URL, so a
 * link to another server starts again from 0.
 */
public final class TeamTracking implements TrackingLinks {
    static final String CURSOR_KEY = "campaign.tracking.cursor";
    private static final int PAGE = 1000;
    private static final int MAX_PAGES = 50;

    private final ServerLinkStore links;
    private final WorkspaceMeta meta;
    private final TouchRepository touches;
    private SyncClient client;

    public TeamTracking(ServerLinkStore links, WorkspaceMeta meta, TouchRepository touches) {
        this.links = links;
        this.meta = meta;
        this.touches = touches;
    }

    /** A tracking source over the workspace's link (whether it is linked or not is read at each use). */
    public static TeamTracking of(Workspace workspace, TouchRepository touches) {
        return new TeamTracking(com.nexuscrm.storage.StoredReplica.of(workspace.store()).link(), workspace.store().meta(), touches);
    }

    @Override
    public Tracked links(UUID touchId, List<String> urls) throws SendFailure {
        ServerLinkStore.StoredLink link = links.link().orElseThrow(() -> SendFailure.transientFailure(
                "Tracking needs the team server, and this workspace is not connected to one; the email waits.", null));
        try {
            TrackingLinksResponse answer = client(link).trackingLinks(new TrackingLinksRequest(touchId, urls));
            if (answer.open() == null || !answer.open().startsWith("/t/o/") || answer.clicks() == null
                    || answer.clicks().size() != urls.size() || !answer.clicks().stream().allMatch(c -> c != null && c.startsWith("/t/c/"))) {
                throw SendFailure.transientFailure("The team server's tracking links are not its own /t/ paths for the"
                        + " email's " + urls.size() + " links; the email is tried again later.", null);
            }
            URI server = link.link().server();
            return new Tracked(server.resolve(answer.open()).toString(),
                    answer.clicks().stream().map(path -> server.resolve(path).toString()).toList());
        } catch (SyncException e) {
            throw SendFailure.transientFailure("The team server could not sign the email's tracking links (" + e.getMessage()
                    + "); the email is tried again later.", e);
        }
    }

    /** Applies the team's opens and clicks after the stored cursor; how many touches were newly marked. */
    public int pull() {
        ServerLinkStore.StoredLink link = links.link().orElse(null);
        if (link == null) {
            return 0;
        }
        SyncClient client = client(link);
        String server = link.link().server().toString();
        long cursor = cursor(server);
        int marked = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            EngagementResponse answer = client.engagement(cursor, PAGE);
            for (EngagementEvent event : answer.events() == null ? List.<EngagementEvent>of() : answer.events()) {
                marked += apply(event) ? 1 : 0;
            }
            if (answer.next() > cursor) {
                cursor = answer.next();
                meta.put(CURSOR_KEY, server + " " + cursor);
            }
            if (!answer.hasMore()) {
                break;
            }
        }
        return marked;
    }

    private boolean apply(EngagementEvent event) {
        if (event == null || event.touchId() == null || event.firstAt() == null) {
            return false;
        }
        return switch (event.kind() == null ? "" : event.kind()) {
            case EngagementEvent.OPEN -> touches.markOpened(event.touchId(), event.firstAt());
            case EngagementEvent.CLICK -> touches.markClicked(event.touchId(), event.firstAt());
            default -> false;
        };
    }

    private long cursor(String server) {
        String stored = meta.get(CURSOR_KEY).orElse("");
        int space = stored.lastIndexOf(' ');
        if (space <= 0 || !stored.substring(0, space).equals(server)) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(stored.substring(space + 1)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A client for the link, kept while the link's server and token stay the same. */
    private synchronized SyncClient client(ServerLinkStore.StoredLink link) {
        if (client == null || !client.server().equals(link.link().server()) || !java.util.Objects.equals(client.token(), link.token())) {
            client = new SyncClient(link.link().server(), Json.mapper());
            client.useToken(link.token());
        }
        return client;
    }
}
