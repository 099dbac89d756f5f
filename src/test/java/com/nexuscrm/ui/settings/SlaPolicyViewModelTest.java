package com.nexuscrm.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.routing.SlaPolicy;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Settings → SLA policy over a scripted team setting: edit and save, problems named by field, a rep's read-only view. */
class SlaPolicyViewModelTest {
    private static final class Scripted implements SlaSettings {
        SlaPolicy policy = SlaPolicy.DEFAULT;
        SlaPolicy saved;
        boolean editable = true;

        @Override
        public SlaPolicy load() { return policy; }

        @Override
        public void save(SlaPolicy p) { saved = p; policy = p; }

        @Override
        public boolean editable() { return editable; }
    }

    private final Scripted settings = new Scripted();

    private SlaPolicyViewModel loaded() {
        SlaPolicyViewModel model = new SlaPolicyViewModel(settings, new DirectTaskExecutor());
        model.load();
        return model;
    }

    @Test
    void aManagerEditsDaysHoursHolidaysWarningAndEscalation() {
        SlaPolicyViewModel model = loaded();
        assertTrue(model.workdayProperty(DayOfWeek.MONDAY).get());
        assertFalse(model.workdayProperty(DayOfWeek.SUNDAY).get());
        assertEquals("9", model.startHourProperty().get());
        assertEquals("", model.noticeProperty().get());

        model.workdayProperty(DayOfWeek.FRIDAY).set(false);
        model.workdayProperty(DayOfWeek.SUNDAY).set(true);
        model.startHourProperty().set(" 8 ");
        model.newHolidayProperty().set(LocalDate.parse("2026-12-25"));
        model.addHoliday();
        model.newHolidayProperty().set(LocalDate.parse("2026-12-24"));
        model.addHoliday();
        model.newHolidayProperty().set(LocalDate.parse("2026-12-25"));
        model.addHoliday();
        assertEquals(List.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")), model.holidays(), "in order, once");
        assertNull(model.newHolidayProperty().get(), "the date field is cleared for the next one");
        model.removeHoliday(LocalDate.parse("2026-12-24"));
        model.warningPercentProperty().set("30");
        model.escalateAfterProperty().set("15");

        assertEquals(List.of(), model.save());
        assertEquals(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY), settings.saved.workdays());
        assertEquals(8, settings.saved.startHour());
        assertEquals(List.of(LocalDate.parse("2026-12-25")), List.copyOf(settings.saved.holidays()));
        assertEquals(30, settings.saved.warningPercent());
        assertEquals(15, settings.saved.escalateAfterMinutes());
        assertTrue(model.noticeProperty().get().startsWith("Saved."));
    }

    @Test
    void everyProblemIsNamedByItsFieldAndNothingIsSaved() {
        SlaPolicyViewModel model = loaded();
        for (DayOfWeek day : DayOfWeek.values()) {
            model.workdayProperty(day).set(false);
        }
        model.startHourProperty().set("nine");
        List<FieldError> problems = model.save();
        assertEquals(List.of("Working hours, from"), problems.stream().map(FieldError::field).toList());
        model.startHourProperty().set("18");
        model.warningPercentProperty().set("95");
        problems = model.save();
        assertEquals(List.of("Working days", "Working hours", "Warn when left"), problems.stream().map(FieldError::field).toList());
        assertTrue(model.errorProperty().get().contains("choose at least one day"), model.errorProperty().get());
        assertNull(settings.saved, "nothing saved");

        model.resetToDefaults();
        assertEquals(List.of(), model.save());
        assertEquals(SlaPolicy.DEFAULT, settings.saved);
    }

    @Test
    void aRepSeesThePolicyReadOnlyAndWhy() {
        settings.editable = false;
        SlaPolicyViewModel model = loaded();
        assertFalse(model.editableProperty().get());
        assertTrue(model.noticeProperty().get().contains("manager or an admin"), model.noticeProperty().get());
        model.newHolidayProperty().set(LocalDate.parse("2026-12-25"));
        model.addHoliday();
        model.startHourProperty().set("6");
        assertEquals(List.of(), model.save());
        assertEquals(List.of(), model.holidays());
        assertNull(settings.saved, "a rep's workstation saves nothing");
    }
}
