package com.nexuscrm.ui.team;

/**
 * One bar of a call coaching chart.
 *
 * @param reference whether the bar is a yardstick (the benchmark or a research value) rather than a rep
 */
public record CoachingBar(String label, double value, boolean reference) { }
