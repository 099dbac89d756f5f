package com.nexuscrm.cli;

import com.nexuscrm.transfer.RecordKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the record kind argument of import/export. */
final class RecordKinds {
    private RecordKinds() { }

    static RecordKind parse(String text) {
        try {
            return RecordKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown record kind '" + text + "'. Use one of: "
                    + Arrays.stream(RecordKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")), e);
        }
    }
}
