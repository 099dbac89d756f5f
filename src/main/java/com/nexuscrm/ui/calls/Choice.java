package com.nexuscrm.ui.calls;

import java.util.UUID;

/** A record offered in a combo box (a deal, a rep): its id and what the user reads. */
public record Choice(UUID id, String label) {
    @Override
    public String toString() {
        return label;
    }
}
