package com.nexuscrm.domain.campaign;

/**
 * When a step runs; a step whose condition does not hold when it is due is skipped. {@code scoreAbove} is used by
 * {@link Kind#SCORE_ABOVE}, {@code stage} by {@link Kind#STAGE_IS} (a lead status such as NURTURE), {@code filter} by
 * {@link Kind#CUSTOM_FILTER} (a {@link RecipientFilter} as typed, e.g. "country = DE and title contains VP").
 */
public record StepCondition(Kind kind, Integer scoreAbove, String stage, String filter) {
    /** The conditions a step can have. */
    public enum Kind { ALWAYS, OPENED_PREVIOUS, CLICKED_PREVIOUS, REPLIED, NO_REPLY, SCORE_ABOVE, STAGE_IS, CUSTOM_FILTER }

    public static final StepCondition ALWAYS = new StepCondition(Kind.ALWAYS, null, null);

    public StepCondition {
        if (kind == null) {
            kind = Kind.ALWAYS;
        }
    }

    /** A condition without a custom filter (as stored before filters). */
    public StepCondition(Kind kind, Integer scoreAbove, String stage) {
        this(kind, scoreAbove, stage, null);
    }

    /** Runs only for recipients the typed filter matches (see {@link RecipientFilter}). */
    public static StepCondition customFilter(String filter) {
        return new StepCondition(Kind.CUSTOM_FILTER, null, null, filter);
    }

    public static StepCondition of(Kind kind) {
        return new StepCondition(kind, null, null);
    }

    public static StepCondition scoreAbove(int score) {
        return new StepCondition(Kind.SCORE_ABOVE, score, null);
    }

    public static StepCondition stageIs(String stage) {
        return new StepCondition(Kind.STAGE_IS, null, stage);
    }

    /** What is missing for this condition to be checked; null when it is complete. */
    public String problem() {
        if (kind == Kind.SCORE_ABOVE && (scoreAbove == null || scoreAbove < 0 || scoreAbove > 100)) {
            return "'score above' needs a score from 0 to 100";
        }
        if (kind == Kind.STAGE_IS && (stage == null || stage.isBlank())) {
            return "'stage is' needs a stage";
        }
        if (kind == Kind.CUSTOM_FILTER) {
            try {
                RecipientFilter.parse(filter);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        return null;
    }

    /** True when {@link #holds} reads the engagement (so a caller need not look it up otherwise). */
    public boolean needsEngagement() {
        return kind == Kind.OPENED_PREVIOUS || kind == Kind.CLICKED_PREVIOUS || kind == Kind.REPLIED || kind == Kind.NO_REPLY;
    }

    /** True when the step should run for a recipient with this engagement so far. */
    public boolean holds(Engagement engagement, Recipient recipient) {
        return switch (kind) {
            case ALWAYS -> true;
            case OPENED_PREVIOUS -> engagement.openedPrevious();
            case CLICKED_PREVIOUS -> engagement.clickedPrevious();
            case REPLIED -> engagement.replied();
            case NO_REPLY -> !engagement.replied();
            case SCORE_ABOVE -> recipient.score() != null && recipient.score() > scoreAbove;
            case STAGE_IS -> stage.equalsIgnoreCase(recipient.stage() == null ? "" : recipient.stage());
            case CUSTOM_FILTER -> RecipientFilter.parse(filter).matches(recipient);
        };
    }

    /** What an enrolment's earlier touches got: the previous one opened or clicked, any of them replied. */
    public record Engagement(boolean openedPrevious, boolean clickedPrevious, boolean replied) {
        public static final Engagement NONE = new Engagement(false, false, false);
    }
}
