package com.nexuscrm.domain.campaign;

/** What the optimiser picks for one touch: a send-time bucket, a channel and a step variant (0 = A, 1 = B, ...). */
public record Choice(int sendTime, Channel channel, int variant) {
    public Choice {
        if (channel == null) {
            throw new IllegalArgumentException("A choice needs a channel.");
        }
    }

    /** The variant's letter: A, B, C... */
    public static String variantLabel(int variant) {
        return String.valueOf((char) ('A' + variant));
    }
}
