package com.nexuscrm.ui.team;

import com.nexuscrm.domain.account.WeeklyChange;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.usecase.TeamAccountsOverview.Line;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One line of the Team screen's accounts table, its cells as text that sorts by meaning ({@link Ranked}): health
 * from the worst, churn risk from the highest, value from the largest, changes from the most. {@code detail} is
 * every change with its evidence, for the line's tooltip and the pane under the table.
 */
public record TeamAccountRow(UUID accountId, String account, String owner, Ranked health, Ranked churn, String band,
                             Ranked value, Ranked changes, String detail) {

    /** A cell's text and the number it sorts by (text alone when the numbers tie). */
    public record Ranked(String text, double rank) implements Comparable<Ranked> {
        @Override
        public int compareTo(Ranked other) {
            int byRank = Double.compare(rank, other.rank);
            return byRank != 0 ? byRank : text.compareTo(other.text);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The band a line without a churn score is filed under. */
    public static final String NO_SCORE = "No score";

    /** Why there is no churn number, in a word or two (the full reason is in the detail). */
    static String unscored(String note) {
        return note.startsWith("Churned") ? "Churned" : note.startsWith("Not scored") ? "Not scored" : "Not enough data";
    }

    static TeamAccountRow of(Line line, Formats formats) {
        Integer score = line.health().score();
        Integer trend = line.health().trend();
        String arrow = trend == null ? "" : trend >= 5 ? " ↑" : trend <= -5 ? " ↓" : " →";
        Ranked health = score == null ? new Ranked("No data", 1000) : new Ranked(score + arrow + "  " + line.health().band(), score);
        Ranked churn = line.churnRisk() == null ? new Ranked(unscored(line.churnNote()), 1000)
                : new Ranked(line.churnRisk() + "  " + line.churnBand(), 100 - line.churnRisk());
        Ranked value = line.wonValue() == null ? new Ranked("—", 1) : new Ranked(
                formats.shortMoney(line.wonCurrency(), line.wonValue()), -line.wonValue().doubleValue());
        WeeklyChange.Result week = line.week();
        Ranked changes = new Ranked(week.summary(), -week.changes().size());
        String detail = (week.changes().isEmpty() ? "No change this week."
                : week.changes().stream().map(c -> "• " + c.text()).collect(Collectors.joining("\n")))
                + (line.churnRisk() == null ? "\nChurn risk: " + line.churnNote() : "");
        return new TeamAccountRow(line.account().id(), line.account().name(), line.owner(), health, churn,
                line.churnBand() == null ? NO_SCORE : line.churnBand(), value, changes, detail);
    }
}
