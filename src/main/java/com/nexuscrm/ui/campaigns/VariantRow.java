package com.nexuscrm.ui.campaigns;

/** One variant of one step with its results; {@code label} is "Step 1 · A", as the chart names its bar. */
public record VariantRow(String label, String subject, int sent, int replied, Double replyRate, String learnt) { }
