package com.nexuscrm.ui.customers;

import java.util.Locale;

/** Display text of an enum without its own label: OPEN → "Open", CLOSED_WON → "Closed won". */
final class EnumText {
    private EnumText() { }

    static String of(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
