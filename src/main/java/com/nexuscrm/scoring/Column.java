package com.nexuscrm.scoring;

/**
 * One raw input of the lead model. Values in a {@link LabelledTable} row are typed by {@code kind}:
 * NUMBER a {@code Double}, CATEGORY a {@code String}, FLAG a {@code Boolean}, TOKENS a {@code List<String>};
 * {@code null} is missing, and every column gets a missing indicator rather than an error.
 */
public record Column(String name, String label, Family family, Kind kind) {
    public enum Kind { NUMBER, CATEGORY, FLAG, TOKENS }
}
