package com.nexuscrm.ui.campaigns;

/**
 * One arm of the Optimisation tab: what was chosen (send time, a step's channel or variant), the arm, its touches and
 * replies, its posterior reply rate with the 90% interval, and on the best arm its uplift over an even split.
 */
public record OptimisationRow(String dimension, String arm, String touches, String replies, String rate, String interval,
                              String uplift) { }
