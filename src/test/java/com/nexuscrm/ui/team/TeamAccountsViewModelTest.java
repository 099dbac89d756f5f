package com.nexuscrm.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.account.AccountHealth;
import com.nexuscrm.domain.account.HealthSnapshot;
import com.nexuscrm.domain.account.WeeklyChange;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.usecase.TeamAccountsOverview.Line;
import com.nexuscrm.usecase.TeamAccountsOverview.Overview;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Team screen's accounts over a scripted overview: order, filters, the comparison in words, opening an account. */
class TeamAccountsViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private final List<RecordRef> opened = new ArrayList<>();

    private static Line line(String name, String owner, Integer health, Integer churn, String band,
                             WeeklyChange.Baseline baseline, WeeklyChange.Change... changes) {
        UUID id = UUID.nameUUIDFromBytes(name.getBytes());
        AccountRow row = new AccountRow(id, name, null, null, null, null, null, null, null, null);
        AccountHealth h = new AccountHealth(health, null, List.of(), List.of(), "");
        return new Line(row, owner, h, churn, band, churn == null ? "Not scored yet" : "", name.equals("Acme")
                ? new BigDecimal("12000") : null, "USD", new HealthSnapshot(id, TODAY, health, churn, 0, null, 0),
                new WeeklyChange.Result(baseline, null, null, List.of(changes)));
    }

    private TeamAccountsViewModel model(Overview overview) {
        return new TeamAccountsViewModel(p -> overview, opened::add, new Formats(Locale.UK, ZoneOffset.UTC), new DirectTaskExecutor());
    }

    private static Overview overview(int weekOld, LocalDate usual, LocalDate first, Line... lines) {
        return new Overview(TODAY, List.of(lines), weekOld, usual, first, TODAY.minusDays(7), lines.length, 0.1);
    }

    private static List<String> names(TeamAccountsViewModel m) {
        return m.rows().stream().map(TeamAccountRow::account).toList();
    }

    @Test
    void accountsComeHighestChurnFirstThenWorstHealthAndFilterByOwnerAndBand() {
        WeeklyChange.Change urgent = new WeeklyChange.Change(WeeklyChange.Kind.TICKET,
                "New urgent ticket 'SSO' opened 2026-06-13 (open)", "urgent ticket", RecordRef.account(UUID.randomUUID()));
        TeamAccountsViewModel m = model(overview(0, null, TODAY,
                line("Acme", "Ana", 45, 35, "High", null, urgent),
                line("Beta", "Ben", 80, 5, "Low", null),
                line("Gamma", "Ana", 30, 5, "Low", null),
                line("Delta", "Ben", null, null, null, null)));
        m.load();

        assertEquals(List.of("Acme", "Gamma", "Beta", "Delta"), names(m), "35 before 5; at 5, health 30 before 80; no score last");
        assertEquals(List.of(TeamAccountsViewModel.ALL_OWNERS, "Ana", "Ben"), m.owners());
        TeamAccountRow acme = m.rows().get(0);
        assertEquals("45  Watch", acme.health().text());
        assertEquals("35  High", acme.churn().text());
        assertEquals("urgent ticket", acme.changes().text());
        assertEquals("• New urgent ticket 'SSO' opened 2026-06-13 (open)", acme.detail());
        assertEquals("Not scored", m.rows().get(3).churn().text());
        assertEquals("No change this week.\nChurn risk: Not scored yet", m.rows().get(3).detail());
        assertEquals("4 accounts · 1 at risk (health below 40) · 1 high churn risk · 1 changed this week", m.summaryProperty().get());

        m.ownerProperty().set("Ben");
        assertEquals(List.of("Beta", "Delta"), names(m));
        m.ownerProperty().set(TeamAccountsViewModel.ALL_OWNERS);
        m.bandProperty().set("Low");
        assertEquals(List.of("Gamma", "Beta"), names(m));
        m.bandProperty().set(TeamAccountRow.NO_SCORE);
        assertEquals(List.of("Delta"), names(m));
        assertTrue(m.summaryProperty().get().startsWith("1 of 4 accounts"), m.summaryProperty().get());

        m.selectedProperty().set(acme);
        assertTrue(m.detailProperty().get().startsWith("Acme:\n• New urgent ticket"));
        m.open(acme);
        assertEquals(List.of(RecordRef.account(acme.accountId())), opened);
    }

    @Test
    void theComparisonSaysHonestlyWhenThereIsNoSnapshotFromAWeekAgo() {
        TeamAccountsViewModel first = model(overview(0, null, TODAY, line("Acme", "Ana", 45, 35, "High", null)));
        first.load();
        assertEquals("No snapshot from a week ago yet; changes since 15 Jun 2026 (the first snapshot, taken today: health"
                + " and churn changes show from 16 Jun 2026). New high and urgent tickets and closed deals: since 8 Jun 2026.",
                first.comparisonProperty().get());

        TeamAccountsViewModel young = model(overview(0, null, TODAY.minusDays(3), line("Acme", "Ana", 45, 35, "High", null)));
        young.load();
        assertTrue(young.comparisonProperty().get().startsWith("No snapshot from a week ago yet; changes since 12 Jun 2026"
                + " (the oldest snapshot)."), young.comparisonProperty().get());

        TeamAccountsViewModel mixed = model(overview(1, TODAY.minusDays(7), TODAY.minusDays(2),
                line("Acme", "Ana", 45, 35, "High", null), line("Beta", "Ben", 80, 5, "Low", null)));
        mixed.load();
        assertTrue(mixed.comparisonProperty().get().startsWith("Health and churn changes since the snapshot of 8 Jun 2026"
                + " (1 account has no snapshot from a week ago yet; theirs are since 13 Jun 2026)."), mixed.comparisonProperty().get());
    }

    @Test
    void anEmptyWorkspaceSaysWhyTheListIsEmpty() {
        TeamAccountsViewModel m = model(overview(0, null, TODAY));
        m.load();
        assertTrue(m.rows().isEmpty());
        assertTrue(m.emptyMessageProperty().get().startsWith("No accounts in this workspace yet"));
    }
}
