package com.nexuscrm.documents;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.domain.account.AccountEvidence;
import com.nexuscrm.domain.account.AccountHealth;
import com.nexuscrm.domain.account.AccountReport;
import com.nexuscrm.domain.account.AccountTicket;
import com.nexuscrm.domain.account.RelationshipStrength.ContactStrength;
import com.nexuscrm.domain.account.TalkingPoints;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The one-page brief a rep takes on site (A4): the account, its health, the talking points with their evidence,
 * contacts to meet, open deals and open tickets. Every section shows at most a few items and always keeps room for
 * the sections after it: what does not fit is counted in "…and N more", so the page never overflows.
 */
public final class AccountBrief {
    static final int MAX_POINTS = 10;
    static final int MAX_CONTACTS = 8;
    static final int MAX_DEALS = 6;
    static final int MAX_TICKETS = 6;
    private static final float MARGIN = 40;
    private static final float BODY = 9;
    private static final float SMALL = 7.5f;
    private static final float HEADING = 11;
    /** What one later section needs at least: its heading and one line. */
    private static final float SECTION_MIN = PageText.lineHeight(HEADING) + PageText.lineHeight(BODY) + 6;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** One thing listed: a line and an optional smaller detail line under it. */
    record Item(String text, String detail) { }

    record Section(String title, List<Item> items, int max, String empty) { }

    /** Writes the brief of {@code report} as a one-page PDF. */
    public void write(AccountReport report, ZoneId zone, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                PageText text = new PageText(stream, MARGIN, box.getHeight() - MARGIN, box.getWidth() - 2 * MARGIN, MARGIN);
                header(text, report, zone);
                List<Section> sections = sections(report);
                for (int i = 0; i < sections.size(); i++) {
                    section(text, sections.get(i), (sections.size() - 1 - i) * SECTION_MIN);
                }
            }
            pdf.getDocumentInformation().setTitle("Account brief: " + report.account().name());
            pdf.save(out);
        }
    }

    private void header(PageText text, AccountReport r, ZoneId zone) throws IOException {
        AccountRow a = r.account();
        for (String line : text.wrap(a.name(), bold, 16, 0)) {
            if (text.fits(1, 16, 5 * SECTION_MIN)) {
                text.line(line, bold, 16, 0, 0);
            }
        }
        String facts = List.of(nz(a.industry()), a.employees() == null ? "" : a.employees() + " employees",
                        a.annualRevenue() == null ? "" : "revenue " + money(a.annualRevenue()),
                        List.of(nz(a.city()), nz(a.country())).stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(", ")))
                .stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(" · "));
        String line = (facts.isEmpty() ? "" : facts + " · ") + "brief of " + LocalDate.ofInstant(r.at(), zone);
        text.line(text.wrap(line, regular, BODY, 0).get(0), regular, BODY, 0, 0.35f);
        text.gap(6);
    }

    static List<Section> sections(AccountReport r) {
        List<Section> out = new ArrayList<>();
        out.add(new Section("Health", health(r), 3, ""));
        out.add(new Section("Talking points", r.talkingPoints().stream().map(AccountBrief::point).toList(), MAX_POINTS,
                "Nothing to raise: no open tickets, opportunities, risks or next steps on record."));
        out.add(new Section("Contacts to meet", r.relationships().contacts().stream().map(AccountBrief::contact).toList(),
                MAX_CONTACTS, r.relationships().note().isEmpty() ? "No contacts." : r.relationships().note()));
        out.add(new Section("Open deals", r.openDeals().stream().map(AccountBrief::deal).toList(), MAX_DEALS,
                "No open deals."));
        out.add(new Section("Open tickets", r.openTickets().stream().map(AccountBrief::ticket).toList(), MAX_TICKETS,
                "No open tickets."));
        return out;
    }

    private static List<Item> health(AccountReport r) {
        AccountHealth h = r.health();
        List<Item> items = new ArrayList<>();
        if (!h.enoughData()) {
            items.add(new Item(h.note(), ""));
        } else {
            Integer trend = h.trend();
            String words = trend == null ? "no earlier score to compare" : trend == 0 ? "unchanged in "
                    + AccountHealth.PERIOD_DAYS + " days" : (trend > 0 ? "up " : "down ") + Math.abs(trend) + " in "
                    + AccountHealth.PERIOD_DAYS + " days";
            String parts = h.components().stream().filter(c -> c.value() != null)
                    .map(c -> c.name() + " " + Math.round(100 * c.value())).collect(Collectors.joining(", "));
            items.add(new Item("Health " + h.score() + " (" + h.band() + "), " + words, parts));
        }
        r.churn().ifPresent(c -> items.add(new Item(String.format(Locale.ROOT, "Churn risk %.0f%% (%s)",
                100 * c.probability(), c.band()), String.join("; ", c.reasons()))));
        return items;
    }

    private static Item point(TalkingPoints.Point p) {
        String topic = switch (p.topic()) {
            case TICKET -> "Ticket";
            case GROWTH -> "Growth";
            case ADOPTION -> "Adoption";
            case RISK -> "Risk";
            case NEXT_STEP -> "Follow-up";
        };
        return new Item(topic + ": " + p.text(), p.evidence().stream().map(AccountEvidence::text)
                .collect(Collectors.joining("; ")));
    }

    private static Item contact(ContactStrength c) {
        String who = c.name() + (c.title() == null || c.title().isBlank() ? "" : ", " + c.title());
        String known = c.knownBy().isEmpty() ? "" : "; knows: " + c.knownBy().stream().limit(2)
                .map(k -> k.userName() + " (" + k.twoWay() + ")").collect(Collectors.joining(", "));
        return new Item(who + " - " + c.band() + (c.strength() == null ? "" : " " + c.strength()),
                c.evidence().stream().map(AccountEvidence::text).collect(Collectors.joining("; ")) + known);
    }

    private static Item deal(DealSummary d) {
        return new Item(d.name() + " - " + (d.stage() == null ? "no stage" : d.stage().label())
                + (d.amount() == null ? "" : ", " + money(d.amount()) + " " + nz(d.currency()))
                + (d.closeDate() == null ? "" : ", closes " + d.closeDate()), "");
    }

    private static Item ticket(AccountTicket t) {
        return new Item(t.subject() + " - " + t.priorityWord() + ", " + t.status().name().toLowerCase(Locale.ROOT)
                + ", opened " + t.openedAt().toString().substring(0, 10), "");
    }

    /** Heading, then as many items as fit while keeping {@code reserve} points for the sections after it. */
    private void section(PageText text, Section s, float reserve) throws IOException {
        if (!text.fits(2, HEADING, reserve)) {
            return;
        }
        text.gap(4);
        text.line(s.title(), bold, HEADING, 0, 0);
        if (s.items().isEmpty()) {
            for (String line : text.wrap(s.empty(), regular, BODY, 8)) {
                if (text.fits(1, BODY, reserve)) {
                    text.line(line, regular, BODY, 8, 0.35f);
                }
            }
            return;
        }
        float more = PageText.lineHeight(BODY);
        for (int i = 0; i < s.items().size(); i++) {
            Item item = s.items().get(i);
            List<String> lines = text.wrap("• " + item.text(), regular, BODY, 8);
            List<String> detail = item.detail().isBlank() ? List.of() : text.wrap(item.detail(), regular, SMALL, 18);
            detail = detail.size() > 2 ? List.of(detail.get(0), detail.get(1) + " …") : detail;
            float needed = lines.size() * PageText.lineHeight(BODY) + detail.size() * PageText.lineHeight(SMALL);
            boolean last = i == s.items().size() - 1;
            if (i >= s.max() || needed > text.room() - reserve - (last ? 0 : more)) {
                if (text.fits(1, BODY, 0)) {
                    text.line("…and " + (s.items().size() - i) + " more", regular, BODY, 8, 0.35f);
                }
                return;
            }
            for (String line : lines) {
                text.line(line, regular, BODY, 8, 0);
            }
            for (String line : detail) {
                text.line(line, regular, SMALL, 18, 0.4f);
            }
        }
    }

    private static String money(java.math.BigDecimal v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
