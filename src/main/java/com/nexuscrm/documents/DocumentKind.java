package com.nexuscrm.documents;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file types whose text is read, by extension. */
public enum DocumentKind {
    PDF("pdf"), DOCX("docx"), TEXT("txt"), EMAIL("eml");

    private final String extension;

    DocumentKind(String extension) { this.extension = extension; }

    public String extension() { return extension; }

    /** The kind of a file by its name; empty for a type that is not read (the caller names it and skips it). */
    public static Optional<DocumentKind> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        if (ext.equals("md") || ext.equals("text")) {
            return Optional.of(TEXT);
        }
        for (DocumentKind k : values()) {
            if (k.extension.equals(ext)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
