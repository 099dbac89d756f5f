package com.nexuscrm.campaign.sms;

import java.util.UUID;

/**
 * What the gateway said about an accepted text: the touch it belongs to, the E.164 number it went to, the gateway's
 * message sid and status ({@code queued}, ...), either null when the answer had none.
 */
public record SmsReceipt(UUID touchId, String to, String sid, String status) { }
