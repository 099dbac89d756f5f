package com.nexuscrm.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves a complete, closed workspace folder's files into another folder ({@link WorkspaceStore#moveInto}): the
 * files beside the database first, then {@code workspace.properties}, and the database file last.
 */
final class WorkspaceMove {
    private WorkspaceMove() { }

    static void into(Path from, Path to) throws IOException {
        if (WorkspaceStore.exists(to)) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.ALREADY_EXISTS, to,
                    "A workspace already exists in " + to + "; it was left untouched.", null);
        }
        Files.createDirectories(to);
        // Files the workspace keeps beside its database (call recordings) go first; the database moves last.
        try (var entries = Files.list(from)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.equals(WorkspaceStore.PROPERTIES) && !name.startsWith(WorkspaceStore.DB_NAME + ".")) {
                    Files.move(entry, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.move(from.resolve(WorkspaceStore.PROPERTIES), to.resolve(WorkspaceStore.PROPERTIES),
                StandardCopyOption.REPLACE_EXISTING);
        Files.move(WorkspaceStore.databaseFile(from), WorkspaceStore.databaseFile(to), StandardCopyOption.ATOMIC_MOVE);
    }
}
