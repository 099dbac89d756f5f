package com.nexuscrm.domain.call;

/** Who said a word. A mono recording cannot tell the sides apart: all of its words are {@link #UNKNOWN}. */
public enum Speaker {
    REP, CUSTOMER, UNKNOWN;

    public String label() {
        return switch (this) {
            case REP -> "Rep";
            case CUSTOMER -> "Customer";
            case UNKNOWN -> "Speaker";
        };
    }
}
