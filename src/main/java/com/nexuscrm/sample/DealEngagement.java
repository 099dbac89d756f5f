package com.nexuscrm.sample;

import com.nexuscrm.domain.Contact;
import java.time.Instant;
import java.util.List;

/**
 * How engaged a deal's buyers are, hidden from the stored fields and shown only through what its activities record:
 * {@code level} is the latent engagement (see {@link SampleWorkspace}), {@code quietFrom} the moment a deal that
 * will be lost stops answering (null for one that will be won), and {@code buyingGroup} the contacts it involves.
 */
record DealEngagement(double level, Instant quietFrom, List<Contact> buyingGroup) {
    /** The buyers still answer at {@code moment}. */
    boolean answersAt(Instant moment) {
        return quietFrom == null || moment.isBefore(quietFrom);
    }
}
