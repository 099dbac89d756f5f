package com.nexuscrm.storage;

import com.nexuscrm.storage.WorkspaceOpenException.Reason;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** Maps H2's error codes on open to messages a user can act on. */
final class H2Errors {
    private H2Errors() { }

    /**
     * @param passphraseVerified the passphrase matched the verifier in {@code workspace.properties}, so H2's
     *                           "wrong password" can only mean a damaged file (older workspaces have no
     *                           verifier and keep H2's reading)
     */
    static WorkspaceOpenException translate(Path dir, SQLException e, boolean passphraseVerified) {
        return switch (e.getErrorCode()) {
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD -> passphraseVerified
                    ? WorkspaceFile.damaged(dir, "the passphrase is right, but the file cannot be decrypted ("
                            + firstLine(e) + ")", e)
                    : new WorkspaceOpenException(Reason.WRONG_PASSPHRASE, dir, "Wrong passphrase for the workspace in "
                            + dir + ". Try again; the workspace was not changed.", e);
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new WorkspaceOpenException(Reason.LOCKED, dir,
                    "The workspace in " + dir + " is already open in another NexusCRM window or command."
                    + " Close it and try again.", e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.GENERAL_ERROR_1 -> WorkspaceFile.damaged(dir,
                    "H2 cannot read it (" + firstLine(e) + ")", e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new WorkspaceOpenException(Reason.NOT_FOUND, dir, "No workspace in " + dir + ".", e);
            default -> new WorkspaceOpenException(Reason.OTHER, dir, "Cannot open the workspace in " + dir
                    + ": " + firstLine(e), e);
        };
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }
}
