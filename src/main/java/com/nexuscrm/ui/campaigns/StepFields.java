package com.nexuscrm.ui.campaigns;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One step as typed in a form: day offset, channel, an optional second channel, subject and message (variant A; the
 * editor adds no others).
 */
public final class StepFields {
    private final StringProperty dayOffset;
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.EMAIL);
    /** A second channel ("email or SMS, best of"); null for none. */
    private final ObjectProperty<Channel> alternative = new SimpleObjectProperty<>();
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
        boolean email = channel.get() == Channel.EMAIL || alternative.get() == Channel.EMAIL;
        String subjectText = email ? subject.get() : null;
        return day == null ? null : Step.of(day, channel.get(), new Template("A", subjectText, body.get())).or(alternative.get());
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
    public StringProperty subjectProperty() { return subject; }
    public StringProperty bodyProperty() { return body; }
}
