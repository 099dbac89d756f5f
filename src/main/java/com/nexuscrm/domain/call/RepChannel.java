package com.nexuscrm.domain.call;

/** Which channel of a stereo recording carries the rep (the other carries the customer). A setting. */
public enum RepChannel {
    LEFT, RIGHT;

    /** The speaker on channel 0 (left) or 1 (right) of a stereo recording. */
    public Speaker speakerOf(int channel) {
        return (channel == 0) == (this == LEFT) ? Speaker.REP : Speaker.CUSTOMER;
    }
}
