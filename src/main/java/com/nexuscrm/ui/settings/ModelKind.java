package com.nexuscrm.ui.settings;

/** The words and ids that set a model-training section apart: leads or deals. */
public enum ModelKind {
    LEADS("lead", "leads", "Lead scoring", "Scores (1 to 99) are the chance a lead converts, predicted on this computer by"
            + " a neural network trained on your leads that were converted or lost. Train again as your history grows;"
            + " each version is kept, and you can go back.", "Converted", "the built-in default model", "Use default model",
            "scoring"),
    DEALS("deal", "deals", "Deal scoring", "Win probabilities (1 to 99) and predicted close dates of open deals, predicted"
            + " on this computer by models trained on your deals that were won or lost, each described as of a point"
            + " before its close. Train again as your history grows; each version is kept, and you can go back.",
            "Won", "each stage's usual win rate", "Use stage rates", "deal-scoring");

    private final String noun;
    private final String plural;
    private final String title;
    private final String description;
    private final String outcome;
    private final String fallback;
    private final String fallbackButton;
    private final String idPrefix;

    ModelKind(String noun, String plural, String title, String description, String outcome, String fallback,
              String fallbackButton, String idPrefix) {
        this.noun = noun;
        this.plural = plural;
        this.title = title;
        this.description = description;
        this.outcome = outcome;
        this.fallback = fallback;
        this.fallbackButton = fallbackButton;
        this.idPrefix = idPrefix;
    }

    public String noun() { return noun; }
    public String plural() { return plural; }
    public String title() { return title; }
    public String description() { return description; }
    /** The reliability table's "what happened" column: converted, won. */
    public String outcome() { return outcome; }
    /** What scores come from when no trained version is in use. */
    public String fallback() { return fallback; }
    /** The short label of the button that goes to the fallback. */
    public String fallbackButton() { return fallbackButton; }
    /** Node ids of the section start with this ({@code scoring-train}, {@code deal-scoring-train}). */
    public String idPrefix() { return idPrefix; }
}
