package com.nexuscrm.ui.campaigns;

/** One step of the selected campaign with its results; {@code index} counts from 0. */
public record StepRow(int index, String step, String day, String channel, String condition, String variants, int sent,
                      int replied, Double replyRate) { }
