package com.nexuscrm.sync;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The workspace's link to its team server (URL, user, token) and when it last synced; storage implements it. */
public interface ServerLinkStore {
    /** A link with the token that goes with it. */
    record StoredLink(ServerLink link, String token) { }

    /** The stored link and its token, if connected. */
    Optional<StoredLink> link();

    void saveLink(ServerLink link, String token);

    void saveToken(String token);

    /** Forgets the link and token; records and the outbox stay. */
    void clearLink();

    /** Makes the server user this workspace's current user once its record is here. */
    void adoptUser(UUID userId);

    void markSynced(Instant when);

    Optional<Instant> lastSynced();
}
