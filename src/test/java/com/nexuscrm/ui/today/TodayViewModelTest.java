package com.nexuscrm.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.OpenDeal;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.RecordingDialogs;
import com.nexuscrm.usecase.TodayWork;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Today screen's model over a scripted queue: sections and reasons, opening, completing a task in place. */
class TodayViewModelTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<RecordRef> opened = new ArrayList<>();
    private final List<UUID> completed = new ArrayList<>();
    private final UUID leadId = UUID.randomUUID();
    private final UUID contactId = UUID.randomUUID();
    private Activity overdue;
    private Activity dueToday;
    private Activity onContact;
    private Deal deal;
    private TodayWork work;
    private TodayViewModel model;
    private boolean failNextCompletion;

    @BeforeEach
    void setUp() {
        overdue = task("Send proposal", Instant.parse("2026-03-02T16:00:00Z"), TaskPriority.HIGH);
        overdue.setLeadId(leadId);
        dueToday = task("Book demo", Instant.parse("2026-03-03T15:00:00Z"), TaskPriority.LOW);
        dueToday.setLeadId(leadId);
        onContact = task("Send case study", Instant.parse("2026-03-03T16:00:00Z"), null);
        onContact.setContactId(contactId);
        deal = new Deal(UUID.randomUUID());
        deal.setName("Globex renewal");
        deal.setStage(DealStage.NEGOTIATION);
        deal.setAmount(new BigDecimal("48000"));
        deal.setCurrency("GBP");
        deal.setCloseDate(LocalDate.of(2026, 3, 6));
        work = new TodayWork(LocalDate.of(2026, 3, 3), ZONE,
                List.of(new TodayWork.DueTask(overdue, true), new TodayWork.DueTask(dueToday, false),
                        new TodayWork.DueTask(onContact, false)),
                List.of(), List.of(), List.of(), List.of(new OpenDeal(deal, null)), List.of());
        TodaySource source = new TodaySource() {
            @Override
            public TodayWork load() { return work; }

            @Override
            public void complete(UUID taskId) {
                if (failNextCompletion) {
                    throw new java.util.NoSuchElementException("The task was deleted (perhaps on another workstation).");
                }
                completed.add(taskId);
            }
        };
        User me = new User();
        me.setDisplayName("Rita Rep");
        model = new TodayViewModel(source, ref -> {
            if (ref.kind() == RecordRef.Kind.CONTACT) {
                throw new IllegalStateException("No screen opens a contact yet");
            }
            opened.add(ref);
        }, me, new Formats(Locale.UK, ZONE), new DirectTaskExecutor(), dialogs);
        model.refresh();
    }

    @Test
    void everySectionIsListedWithItsCountAndEmptySectionsSayWhy() {
        List<TodayRow> rows = model.rows();
        assertEquals(List.of("Overdue & due tasks", "About to breach SLA", "Call first", "Meetings today",
                "Deals closing this week or gone quiet"), rows.stream().filter(TodayRow::isHeader).map(TodayRow::title).toList());
        assertEquals("3", rows.get(0).reason());
        assertEquals("Overdue since 2 Mar, 16:00 · High priority · on a lead", rows.get(1).reason());
        assertEquals("Due today 15:00 · Low priority · on a lead", rows.get(2).reason());
        assertTrue(rows.contains(TodayRow.empty(TodayRow.Group.MEETINGS)));
        TodayRow dealRow = rows.get(rows.size() - 1);
        assertEquals("Closes Fri 6 Mar 2026 · Negotiation · £48,000", dealRow.reason());
        assertEquals(3, model.countsProperty().get().get(TodayRow.Group.TASKS));
        assertEquals("3 Mar 2026 · Europe/London", model.dayTextProperty().get());
    }

    @Test
    void completingATaskRemovesItsRowInPlaceAndTheCountsFollow() {
        TodayRow first = model.rows().get(1);
        TodayRow last = model.rows().get(model.rows().size() - 1);
        model.complete(model.rows().get(2));
        assertEquals(List.of(dueToday.getId()), completed);
        assertEquals(first, model.rows().get(1), "the rows around it stay as they were");
        assertEquals(onContact.getId(), model.rows().get(2).taskId());
        assertEquals(last, model.rows().get(model.rows().size() - 1));
        assertEquals("2", model.rows().get(0).reason());
        assertEquals(2, model.countsProperty().get().get(TodayRow.Group.TASKS));

        model.complete(model.rows().get(1));
        model.complete(model.rows().get(1));
        assertEquals(TodayRow.empty(TodayRow.Group.TASKS), model.rows().get(1), "the section says it is empty now");
        assertEquals(0, model.countsProperty().get().get(TodayRow.Group.TASKS));
    }

    @Test
    void aFailedCompletionKeepsTheRowAndSaysWhy() {
        failNextCompletion = true;
        TodayRow row = model.rows().get(1);
        model.complete(row);
        assertEquals(row, model.rows().get(1));
        assertEquals(List.of("Cannot complete the task \"Send proposal\": The task was deleted (perhaps on another"
                + " workstation)."), dialogs.errors);
    }

    @Test
    void rowsOpenTheirRecordAndARecordWithoutAScreenIsExplained() {
        model.open(model.rows().get(1));
        model.open(model.rows().get(model.rows().size() - 1));
        model.open(model.rows().get(0)); // a header opens nothing
        assertEquals(List.of(RecordRef.lead(leadId), RecordRef.deal(deal.getId())), opened);

        model.open(model.rows().get(3));
        assertEquals(List.of("Cannot open the contact: \"Send case study\" is on a contact, and this version has no"
                + " screen that opens one yet."), dialogs.infos);
    }

    private static Activity task(String subject, Instant due, TaskPriority priority) {
        Activity task = new Activity(UUID.randomUUID());
        task.setType(ActivityType.TASK);
        task.setSubject(subject);
        task.setDueAt(due);
        task.setPriority(priority);
        task.setOccurredAt(due.minusSeconds(86_400));
        return task;
    }
}
