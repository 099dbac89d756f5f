package com.nexuscrm.ui.campaigns;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.StepCondition;
import com.nexuscrm.domain.campaign.Template;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One step as typed in a form: day offset, channel, an optional second channel, its condition (with the score, stage or
 * custom filter it needs), subject and message (variant A; the editor adds no others).
 */
public final class StepFields {
    private final StringProperty dayOffset;
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.EMAIL);
    /** A second channel ("email or SMS, best of"); null for none. */
    private final ObjectProperty<Channel> alternative = new SimpleObjectProperty<>();
    private final ObjectProperty<StepCondition.Kind> condition = new SimpleObjectProperty<>(StepCondition.Kind.ALWAYS);
    /** The score, stage or filter the condition needs; ignored by the others. */
    private final StringProperty conditionValue = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("Hi {{firstName|there}},\n\n");

    public StepFields(int dayOffset) {
        this.dayOffset = new SimpleStringProperty(Integer.toString(dayOffset));
    }

    /** The step, or null with the typing error added ("Step N, day": not a whole number). */
    Step step(int number, List<FieldError> errors) {
        int before = errors.size();
        Integer day = whole("Step " + number + ", day", dayOffset.get(), errors);
        if (day == null && errors.size() == before) {
            errors.add(new FieldError("Step " + number + ", day", "type the day after enrolment it goes out, 0 for at once"));
        }
        StepCondition when = condition(number, errors);
        boolean email = channel.get() == Channel.EMAIL || alternative.get() == Channel.EMAIL;
        String subjectText = email ? subject.get() : null;
        return day == null || when == null ? null
                : new Step(day, channel.get(), when, List.of(new Template("A", subjectText, body.get())), alternative.get());
    }

    /** The condition typed; null with an error naming "Step N, condition" when its score is not a whole number. */
    private StepCondition condition(int number, List<FieldError> errors) {
        StepCondition.Kind kind = condition.get() == null ? StepCondition.Kind.ALWAYS : condition.get();
        String value = conditionValue.get() == null ? "" : conditionValue.get().strip();
        return switch (kind) {
            case SCORE_ABOVE -> {
                String field = "Step " + number + ", condition";
                Integer score = whole(field, value, errors);
                if (score == null && value.isEmpty()) {
                    errors.add(new FieldError(field, "type the score a lead must be above, from 0 to 100"));
                }
                yield score == null ? null : StepCondition.scoreAbove(score);
            }
            case STAGE_IS -> StepCondition.stageIs(value);
            case CUSTOM_FILTER -> StepCondition.customFilter(value);
            default -> StepCondition.of(kind);
        };
    }

    /** A whole number typed in {@code field}; null when blank, or with an error naming the field when it is not one. */
    static Integer whole(String field, String typed, List<FieldError> errors) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "'" + text + "' is not a whole number"));
            return null;
        }
    }

    public StringProperty dayOffsetProperty() { return dayOffset; }
    public ObjectProperty<Channel> channelProperty() { return channel; }
    public ObjectProperty<Channel> alternativeProperty() { return alternative; }
    public ObjectProperty<StepCondition.Kind> conditionProperty() { return condition; }
    public StringProperty conditionValueProperty() { return conditionValue; }
    public StringProperty subjectProperty() { return subject; }
    public StringProperty bodyProperty() { return body; }
}
