package com.nexuscrm.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.TicketStatus;
import com.nexuscrm.domain.account.AccountActivity;
import com.nexuscrm.domain.account.AccountFacts;
import com.nexuscrm.domain.account.AccountHealth;
import com.nexuscrm.domain.account.AccountReport;
import com.nexuscrm.domain.account.AccountTicket;
import com.nexuscrm.domain.account.EngagementTrend;
import com.nexuscrm.domain.account.RelationshipStrength;
import com.nexuscrm.domain.account.RetentionRisk;
import com.nexuscrm.domain.account.TalkingPoints;
import com.nexuscrm.domain.account.Upsell;
import com.nexuscrm.domain.account.UsageMonth;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The one-page brief, read back with PDFBox: its text, and every glyph inside the page. */
class AccountBriefTest {
    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    private static AccountReport report(String name, int tickets, int contacts, int deals, RetentionRisk churn) {
        UUID account = new UUID(1, 1);
        List<ContactRow> people = new ArrayList<>();
        List<AccountActivity> activities = new ArrayList<>();
        for (int i = 0; i < contacts; i++) {
            UUID id = new UUID(2, i);
            people.add(new ContactRow(id, "Person" + i, "Surname", null, null, i == 0 ? "Chief Executive Officer" : "Analyst",
                    account, name, null, null));
            activities.add(new AccountActivity(new UUID(3, i), com.nexuscrm.domain.ActivityType.CALL, "Call", id, null,
                    null, NOW.minus(Duration.ofDays(2 + i)), false, null, 300, "Connected"));
        }
        List<AccountTicket> ts = new ArrayList<>();
        for (int i = 0; i < tickets; i++) {
            ts.add(new AccountTicket(new UUID(4, i), "Ticket number " + i + " about a rather long problem that needs "
                    + "words enough to wrap over more than one line of the brief's body text", TicketPriority.HIGH,
                    TicketStatus.OPEN, NOW.minus(Duration.ofDays(1 + i)), null));
        }
        List<DealSummary> ds = new ArrayList<>();
        for (int i = 0; i < deals; i++) {
            ds.add(new DealSummary(new UUID(5, i), "Expansion " + i, DealStage.PROPOSAL, new BigDecimal("12000"), "EUR",
                    LocalDate.of(2026, 8, 1)));
        }
        List<UsageMonth> usage = List.of(new UsageMonth(LocalDate.of(2026, 5, 1), 20, 18, 200, 0.4),
                new UsageMonth(LocalDate.of(2026, 6, 1), 20, 19, 210, 0.5));
        AccountRow row = new AccountRow(account, name, "x.example", "Software", "UK", "Leeds", 200,
                new BigDecimal("20000000"), null, null);
        AccountFacts f = new AccountFacts(row, NOW, ZoneOffset.UTC, people, activities, ts, usage, List.of(), ds,
                List.of(), null, Map.of());
        AccountHealth health = AccountHealth.of(f);
        Upsell.Result upsell = Upsell.of(f, List.of());
        RelationshipStrength.Result rel = RelationshipStrength.of(f);
        return new AccountReport(row, NOW, health, upsell, rel, EngagementTrend.of(f, 12),
                TalkingPoints.of(f, health, upsell, rel), f.openDeals(), ts, churn);
    }

    private static byte[] pdf(AccountReport r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AccountBrief().write(r, ZoneOffset.UTC, out);
        return out.toByteArray();
    }

    /** The text, and whether every glyph lies inside the page's margins. */
    private static String text(byte[] bytes, boolean[] inside) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertEquals(1, doc.getNumberOfPages());
            float height = doc.getPage(0).getMediaBox().getHeight();
            float width = doc.getPage(0).getMediaBox().getWidth();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        float y = p.getYDirAdj();
                        if (y < 30 || y > height - 30 || p.getXDirAdj() < 30 || p.getXDirAdj() + p.getWidthDirAdj() > width - 30) {
                            inside[0] = false;
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            return stripper.getText(doc);
        }
    }

    @Test
    void theBriefHasEverySectionWithItsContent() throws IOException {
        boolean[] inside = {true};
        String text = text(pdf(report("Acme Analytics", 2, 2, 1,
                new RetentionRisk(0.31, "Medium", List.of("usage falling"), "m1"))), inside);
        assertTrue(inside[0], "every glyph inside the margins");
        for (String expected : List.of("Acme Analytics", "Software", "brief of 2026-06-15", "Health", "Talking points",
                "Contacts to meet", "Open deals", "Open tickets", "Churn risk 31% (Medium)", "Expansion 0",
                "Person0 Surname, Chief Executive Officer", "Ticket number 0", "19 of 20 seats in use")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains("…and"), "nothing cut:\n" + text);
    }

    @Test
    void tooMuchIsCutWithACountAndNeverLeavesThePage() throws IOException {
        boolean[] inside = {true};
        String text = text(pdf(report("Acme " + "Very Long Name ".repeat(12), 60, 40, 25, null)), inside);
        assertTrue(inside[0], "every glyph inside the margins");
        assertTrue(text.matches("(?s).*Contacts to meet.*…and \\d+ more.*Open deals.*…and \\d+ more.*Open tickets"
                + ".*…and \\d+ more.*"), "contacts, deals and tickets each cut with a count:\n" + text);
        int shown = text.split("Person\\d+ Surname", -1).length - 1;
        assertTrue(text.contains("…and " + (40 - shown) + " more"), shown + " contacts shown, the rest counted:\n" + text);
        assertTrue(text.contains("Open tickets"), "the last section still has its place");
    }

    @Test
    void anEmptyAccountAndCharactersTheFontLacksStillGiveABrief() throws IOException {
        boolean[] inside = {true};
        String text = text(pdf(report("Zoë Ünal 東京 Ltd", 0, 0, 0, null)), inside);
        assertTrue(text.contains("Zoë Ünal ?? Ltd"), text);
        assertTrue(text.contains("No open deals."));
        assertTrue(text.contains("the account has no contacts"), text);
        assertTrue(text.contains("No open tickets."));
    }
}
