package com.nexuscrm.usecase;

import com.nexuscrm.domain.DuplicateRules.LikelyDuplicate;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.transfer.RecordKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The likely duplicates an import brought in, as the import summary lists them (never a reason to reject a row). */
public final class ImportedDuplicates {
    /** At most this many are listed one per line; the rest are counted. */
    public static final int LISTED = 20;

    private ImportedDuplicates() { }

    public static List<LikelyDuplicate> find(FindDuplicates find, RecordKind kind, List<UUID> importedIds) {
        return kindOf(kind).map(k -> find.amongImported(k, importedIds)).orElse(List.of());
    }

    /** "" for none; else a count and one line per likely duplicate. */
    public static String summary(List<LikelyDuplicate> found) {
        if (found.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("likely duplicates: " + found.size()
                + " (imported anyway; merge them from the list if they are the same)");
        found.stream().limit(LISTED).forEach(d -> text.append("\n  ").append(d.describe()));
        if (found.size() > LISTED) {
            text.append("\n  ... and ").append(found.size() - LISTED).append(" more");
        }
        return text.toString();
    }

    private static Optional<RecordRef.Kind> kindOf(RecordKind kind) {
        return switch (kind) {
            case LEADS -> Optional.of(RecordRef.Kind.LEAD);
            case CONTACTS -> Optional.of(RecordRef.Kind.CONTACT);
            case ACCOUNTS -> Optional.of(RecordRef.Kind.ACCOUNT);
            default -> Optional.empty();
        };
    }
}
