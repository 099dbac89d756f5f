package com.nexuscrm.campaign;

/**
 * A channel could not send. Transient (the server is down, a timeout): the touch stays pending and is tried again
 * with backoff. Permanent (an invalid address, a refused recipient): the touch fails and is not tried again.
 */
public final class SendFailure extends Exception {
    private final boolean permanent;

    public SendFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public static SendFailure transientFailure(String message, Throwable cause) {
        return new SendFailure(message, false, cause);
    }

    public static SendFailure permanent(String message, Throwable cause) {
        return new SendFailure(message, true, cause);
    }

    public boolean permanent() {
        return permanent;
    }
}
