package com.nexuscrm.domain;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words, for a message that already names the file. Java's own messages for these
 * are the path alone ({@code NoSuchFileException: leads.csv}), which gave "Cannot read leads.csv: leads.csv".
 */
public final class FileProblems {
    private FileProblems() { }

    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "it is not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason().toLowerCase(java.util.Locale.ROOT) : "the file system refused";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "an input/output error" : message;
    }
}
