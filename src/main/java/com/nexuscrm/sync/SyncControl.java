package com.nexuscrm.sync;

import com.nexuscrm.domain.Progress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Background sync as the window sees it. Every method may block (network, disk): call it off the FX
 * thread. Listeners are called on the sync thread.
 */
public interface SyncControl {
    SyncStatus status();

    /** Called with every new status (also right away with the current one). */
    void onStatus(Consumer<SyncStatus> listener);

    /** The configured team server, or empty for a local-only workspace. */
    Optional<ServerLink> link();

    /**
     * Logs in, stores the link (and token) in the workspace, runs the first full sync with progress
     * (cancellable; a cancelled or crashed first sync resumes in the background where it stopped),
     * then keeps syncing in the background. Throws {@link SyncException} with a user-facing message.
     */
    ServerLink connect(URI server, String email, char[] password, Progress progress);

    /** Logs in again after the token expired (status ERROR with kind UNAUTHORIZED). */
    void login(char[] password);

    /** Stops syncing and forgets the link and token; local data and queued changes stay. */
    void disconnect();

    /** Asks for a round as soon as possible (no-op when not connected). */
    void syncNow();

    /** Unresolved conflicts as of the last round (works offline). */
    List<ConflictItem> conflicts();

    /**
     * Resolves a conflict with the chosen value (theirs, mine, or an edited value, as text). The record
     * takes it locally at once; the resolution is sent with the next round.
     */
    void resolve(UUID conflictId, String value);

    List<RejectionItem> rejections();

    void dismissRejection(UUID opId);

    /** Records the server sent that do not fit this workstation's rules, held back so sync goes on. */
    List<HeldRecord> heldBack();
}
