package com.nexuscrm.scoring;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * A feature's value in plain words for an explanation: "Visited the pricing page 3 times",
 * "Requested a demo", "Industry: Software". Workspace columns have their own sentences; any other
 * column (a CSV's) reads "Label: value".
 */
final class Phrases {
    private Phrases() { }

    static String describe(Column column, Object value) {
        if (value == null) {
            return column.label() + " unknown";
        }
        String own = workspace(column.name(), value);
        return own != null ? own : generic(column, value);
    }

    private static String workspace(String name, Object value) {
        return switch (name) {
            case "pricingPageVisits" -> times(value, "Never visited the pricing page", "Visited the pricing page %s");
            case "demoRequested" -> (Boolean) value ? "Requested a demo" : "Has not requested a demo";
            case "contentDownloads" -> times(value, "Downloaded no content", "Downloaded content %s");
            case "emailOpens" -> times(value, "Opened no emails", "Opened emails %s");
            case "emailClicks" -> times(value, "Clicked no email links", "Clicked email links %s");
            case "emailReplies" -> times(value, "Never replied to an email", "Replied to emails %s");
            case "webSessions" -> times(value, "Never visited the website", "Visited the website %s");
            case "timeOnSiteMinutes" -> number(value) + " minutes on the website";
            case "activeDays" -> "Active over " + number(value) + " days";
            case "touchesPerWeek" -> number(value) + " touches a week";
            case "employees" -> number(value) + " employees";
            case "annualRevenue" -> "Annual revenue " + money((Double) value);
            case "country" -> "Based in " + value;
            case "source" -> "Came from " + value;
            case "technologies" -> "Uses " + join(value);
            case "searchTerms" -> "Searched for " + join(value);
            case "daysInStage" -> "In this stage for " + number(value) + " days";
            case "closePushes" -> times(value, "Close date never pushed", "Close date pushed %s");
            case "daysToClose" -> (Double) value < 0 ? "Close date passed " + number(-(Double) value) + " days ago"
                    : "Close date in " + number(value) + " days";
            case "economicBuyer" -> (Boolean) value ? "Economic buyer engaged" : "No economic buyer in the buying group";
            case "champion" -> (Boolean) value ? "Has a champion" : "No champion";
            case "competitor" -> (Boolean) value ? "A competitor came up on the last call" : "No competitor on the last call";
            case "repWinRate" -> String.format(Locale.US, "Rep won %.0f%% of earlier deals", 100 * (Double) value);
            case "daysSinceActivity" -> "Last activity " + number(value) + " days ago";
            case "amount" -> "Amount " + money((Double) value);
            case "utilisation" -> share("%s of seats active last month", value);
            case "utilisationSlope" -> trend("Active seats", value, 100, " points a month");
            case "sessionsSlope" -> trend("Sessions", value, 100, "% a month");
            case "adoptionSlope" -> trend("Feature adoption", value, 100, " points a month");
            case "featureAdoption" -> share("%s of features adopted", value);
            case "seatChange" -> trend("Seats", value, 100, "% over the last months");
            case "sessionsPerUser" -> number(value) + " sessions per active user last month";
            case "severeTickets" -> times(value, "No high or urgent tickets lately", "High or urgent tickets %s lately");
            case "openTickets" -> (Double) value == 0 ? "No open tickets" : number(value) + " tickets open";
            case "satisfaction" -> "Ticket satisfaction " + number(value) + " of 5";
            case "daysSinceTicket" -> "Last ticket " + number(value) + " days ago";
            case "tenureMonths" -> "Customer for " + number(value) + " months";
            case "monthsToRenewal" -> (Double) value == 0 ? "Contract anniversary this month"
                    : "Contract anniversary in " + number(value) + " months";
            case "lastCallSentiment" -> String.format(Locale.US, "Last call's sentiment %+.2f", (Double) value);
            default -> null;
        };
    }

    private static String generic(Column column, Object value) {
        return switch (column.kind()) {
            case FLAG -> column.label() + ": " + ((Boolean) value ? "yes" : "no");
            case NUMBER -> column.label() + " " + number(value);
            case TOKENS -> column.label() + ": " + join(value);
            case CATEGORY -> column.label() + ": " + value;
        };
    }

    private static String times(Object value, String none, String some) {
        long n = Math.round((Double) value);
        return n == 0 ? none : String.format(some, n == 1 ? "once" : n + " times");
    }

    private static String number(Object value) {
        double d = (Double) value;
        return d == Math.rint(d) || Math.abs(d) >= 100 ? NumberFormat.getIntegerInstance(Locale.US).format(Math.round(d))
                : String.format(Locale.US, "%.1f", d);
    }

    private static String share(String format, Object value) {
        return String.format(format, String.format(Locale.US, "%.0f%%", 100 * (Double) value));
    }

    private static String trend(String what, Object value, double scale, String unit) {
        double d = scale * (Double) value;
        return String.format(Locale.US, "%s %s %.0f%s", what, d < 0 ? "falling" : "rising", Math.abs(d), unit);
    }

    private static String money(double d) {
        if (d >= 1e9) {
            return String.format(Locale.US, "$%.1fB", d / 1e9);
        }
        return d >= 1e6 ? String.format(Locale.US, "$%.1fM", d / 1e6) : "$" + NumberFormat.getIntegerInstance(Locale.US).format(Math.round(d));
    }

    private static String join(Object value) {
        List<?> tokens = (List<?>) value;
        return tokens.isEmpty() ? "nothing known" : String.join(", ", tokens.stream().limit(3).map(Object::toString).toList());
    }
}
