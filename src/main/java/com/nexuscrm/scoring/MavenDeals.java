package com.nexuscrm.scoring;

import com.nexuscrm.transfer.CsvFile;
import com.nexuscrm.transfer.ImportException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Maven CRM sales-opportunities data ({@code sales_pipeline.csv}, {@code accounts.csv},
 * {@code products.csv}, {@code sales_teams.csv}) as a table of closed deals with the features known when a
 * deal was engaged. {@code close_value} and {@code close_date} are known only at the end and are never
 * features; the close date only gives the label of the close-date model (days from engage to close) and
 * dates the track records. Open deals (Prospecting, Engaging) have no outcome and are counted, not used.
 * Track records (the agent's, product's and account's win rate and mean days to close) count only deals
 * that closed before this deal's engage date ({@link PriorOutcomes}).
 */
public final class MavenDeals {
    public static final String PIPELINE = "sales_pipeline.csv";

    /** One opportunity as read; {@code closed} is null for open deals. */
    public record Deal(int line, String id, String agent, String product, String account, String stage,
                       LocalDate engaged, LocalDate closed) {
        boolean isClosed() { return "Won".equals(stage) || "Lost".equals(stage); }
    }

    /** The closed deals as rows (label: won), their days to close, and how many open deals were left out. */
    public record Loaded(LabelledTable table, double[] daysToClose, int openDeals, int unknownProducts) { }

    private record Account(String sector, Double established, Double revenue, Double employees, String location,
                           boolean subsidiary) { }

    private record Product(String series, Double price) { }

    private record Team(String manager, String office) { }

    static final List<Column> COLUMNS = List.of(
            new Column("product", "Product", Family.FIT, Column.Kind.CATEGORY),
            new Column("series", "Product series", Family.FIT, Column.Kind.CATEGORY),
            new Column("listPrice", "List price", Family.FIT, Column.Kind.NUMBER),
            new Column("sector", "Sector", Family.FIT, Column.Kind.CATEGORY),
            new Column("revenue", "Account revenue (millions)", Family.FIT, Column.Kind.NUMBER),
            new Column("employees", "Account employees", Family.FIT, Column.Kind.NUMBER),
            new Column("location", "Account location", Family.FIT, Column.Kind.CATEGORY),
            new Column("accountAge", "Account age (years)", Family.FIT, Column.Kind.NUMBER),
            new Column("subsidiary", "Subsidiary", Family.FIT, Column.Kind.FLAG),
            new Column("engageMonth", "Engaged in", Family.INTENT, Column.Kind.CATEGORY),
            new Column("monthOfYear", "Engage month of year", Family.INTENT, Column.Kind.CATEGORY),
            new Column("quarter", "Engage quarter", Family.INTENT, Column.Kind.CATEGORY),
            new Column("weekday", "Engage weekday", Family.INTENT, Column.Kind.CATEGORY),
            new Column("dayOfQuarter", "Engage day of quarter", Family.INTENT, Column.Kind.NUMBER),
            new Column("agent", "Sales agent", Family.ENGAGEMENT, Column.Kind.CATEGORY),
            new Column("manager", "Manager", Family.ENGAGEMENT, Column.Kind.CATEGORY),
            new Column("office", "Regional office", Family.ENGAGEMENT, Column.Kind.CATEGORY),
            new Column("agentWinRate", "Agent's earlier win rate", Family.ENGAGEMENT, Column.Kind.NUMBER),
            new Column("agentClosed", "Agent's earlier closed deals", Family.ENGAGEMENT, Column.Kind.NUMBER),
            new Column("agentDays", "Agent's earlier mean days to close", Family.ENGAGEMENT, Column.Kind.NUMBER),
            new Column("productWinRate", "Product's earlier win rate", Family.ENGAGEMENT, Column.Kind.NUMBER),
            new Column("productDays", "Product's earlier mean days to close", Family.ENGAGEMENT, Column.Kind.NUMBER),
            new Column("accountWinRate", "Account's earlier win rate", Family.ENGAGEMENT, Column.Kind.NUMBER),
            new Column("accountClosed", "Account's earlier closed deals", Family.ENGAGEMENT, Column.Kind.NUMBER));

    /**
     * Columns that say when, within this data's 14 months, a deal started: the engage month, month of year
     * and quarter, and the counts of the agent's and account's earlier closed deals (which grow with time).
     * The close-date model uses them (when a deal starts shapes when it closes); the win model does not.
     * The labelled deals are the ones closed by the snapshot, and lost deals close faster (median 14 days vs
     * 57), so how many of a month's deals count as won depends on how long that month had before the
     * snapshot; under a random split these columns also let a model learn each month's win rate from deals
     * of the same month whose outcomes were unknown when the deal was scored. docs/benchmarks.md shows the
     * evaluation with and without them ({@code --drop} chooses).
     */
    public static final List<String> PERIOD_COLUMNS = List.of("engageMonth", "monthOfYear", "quarter", "agentClosed",
            "accountClosed");

    private MavenDeals() { }

    public static Loaded read(Path folder) {
        Map<String, Account> accounts = new HashMap<>();
        readCsv(folder.resolve("accounts.csv"), List.of("account", "sector", "year_established", "revenue", "employees",
                "office_location", "subsidiary_of"), (v, line) -> accounts.put(v.get(0).trim(), new Account(blankToNull(v.get(1)),
                number(v.get(2), "year_established", line), number(v.get(3), "revenue", line), number(v.get(4), "employees", line),
                blankToNull(v.get(5)), !v.get(6).isBlank())));
        Map<String, Product> products = new HashMap<>();
        readCsv(folder.resolve("products.csv"), List.of("product", "series", "sales_price"), (v, line) -> products.put(
                productKey(v.get(0)), new Product(blankToNull(v.get(1)), number(v.get(2), "sales_price", line))));
        Map<String, Team> teams = new HashMap<>();
        readCsv(folder.resolve("sales_teams.csv"), List.of("sales_agent", "manager", "regional_office"), (v, line) -> teams.put(
                v.get(0).trim(), new Team(blankToNull(v.get(1)), blankToNull(v.get(2)))));
        List<Deal> deals = new ArrayList<>();
        readCsv(folder.resolve(PIPELINE), List.of("opportunity_id", "sales_agent", "product", "account", "deal_stage",
                "engage_date", "close_date"), (v, line) -> deals.add(new Deal(line.line(), v.get(0), blankToNull(v.get(1)),
                blankToNull(v.get(2)), blankToNull(v.get(3)), v.get(4).trim(), date(v.get(5), "engage_date", line),
                date(v.get(6), "close_date", line))));
        return table(folder, deals, accounts, products, teams);
    }

    private static Loaded table(Path folder, List<Deal> deals, Map<String, Account> accounts, Map<String, Product> products,
                                Map<String, Team> teams) {
        PriorOutcomes byAgent = new PriorOutcomes();
        PriorOutcomes byProduct = new PriorOutcomes();
        PriorOutcomes byAccount = new PriorOutcomes();
        for (Deal d : deals) {
            if (d.isClosed()) {
                requireDates(folder, d);
                boolean won = d.stage().equals("Won");
                double days = ChronoUnit.DAYS.between(d.engaged(), d.closed());
                byAgent.add(d.agent(), d.closed(), won, days);
                byProduct.add(productKey(d.product()), d.closed(), won, days);
                byAccount.add(d.account(), d.closed(), won, days);
            }
        }
        List<Object[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Double> days = new ArrayList<>();
        int open = 0;
        int unknownProducts = 0;
        for (Deal d : deals) {
            if (!d.isClosed()) {
                open++;
                continue;
            }
            Product product = d.product() == null ? null : products.get(productKey(d.product()));
            unknownProducts += product == null ? 1 : 0;
            rows.add(row(d, accounts.get(d.account()), product, teams.get(d.agent()), byAgent.asOf(d.agent(), d.engaged()),
                    byProduct.asOf(productKey(d.product()), d.engaged()), byAccount.asOf(d.account(), d.engaged())));
            labels.add(d.stage().equals("Won") ? 1 : 0);
            days.add((double) ChronoUnit.DAYS.between(d.engaged(), d.closed()));
        }
        LabelledTable table = new LabelledTable(COLUMNS, rows, labels.stream().mapToInt(Integer::intValue).toArray(),
                folder.resolve(PIPELINE).toString());
        return new Loaded(table, days.stream().mapToDouble(Double::doubleValue).toArray(), open, unknownProducts);
    }

    private static void requireDates(Path folder, Deal d) {
        if (d.engaged() == null || d.closed() == null) {
            throw new ImportException(folder.resolve(PIPELINE), "line " + d.line() + ": the " + d.stage() + " deal " + d.id()
                    + " has no " + (d.engaged() == null ? "engage_date" : "close_date") + ". A closed deal needs both; fix or remove the line.");
        }
        if (d.closed().isBefore(d.engaged())) {
            throw new ImportException(folder.resolve(PIPELINE), "line " + d.line() + ", field close_date: " + d.closed()
                    + " is before the engage_date " + d.engaged() + ". Fix the dates or remove the line.");
        }
    }

    static Object[] row(Deal d, Account a, Product p, Team t, PriorOutcomes.Record agent, PriorOutcomes.Record product,
                        PriorOutcomes.Record account) {
        LocalDate e = d.engaged();
        LocalDate quarterStart = e.withDayOfMonth(1).withMonth(((e.getMonthValue() - 1) / 3) * 3 + 1);
        return new Object[] {
            d.product() == null ? null : productKey(d.product()), p == null ? null : p.series(), p == null ? null : p.price(),
            a == null ? null : a.sector(), a == null ? null : a.revenue(), a == null ? null : a.employees(),
            a == null ? null : a.location(),
            a == null || a.established() == null ? null : (double) (e.getYear() - a.established()),
            a == null ? null : a.subsidiary(),
            e.toString().substring(0, 7), e.getMonth().toString().toLowerCase(Locale.ROOT),
            "Q" + e.get(IsoFields.QUARTER_OF_YEAR), e.getDayOfWeek().toString().toLowerCase(Locale.ROOT),
            (double) ChronoUnit.DAYS.between(quarterStart, e),
            d.agent(), t == null ? null : t.manager(), t == null ? null : t.office(),
            agent.winRateOrNull(), (double) agent.closed(), agent.meanDaysOrNull(),
            product.winRateOrNull(), product.meanDaysOrNull(), account.winRateOrNull(), (double) account.closed()};
    }

    /** {@code GTXPro} in the pipeline is {@code GTX Pro} in products.csv: names compare without spaces or case. */
    static String productKey(String name) {
        return name == null ? null : name.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private interface RowReader {
        void read(List<String> values, CsvFile.Row row);
    }

    private static void readCsv(Path file, List<String> needed, RowReader reader) {
        try (CsvFile csv = CsvFile.open(file)) {
            List<Integer> at = new ArrayList<>();
            for (String column : needed) {
                int i = csv.headers().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList().indexOf(column);
                if (i < 0) {
                    throw new ImportException(file, "has no column \"" + column + "\" (its columns are: "
                            + String.join(", ", csv.headers()) + "). Is this the Maven CRM sales-opportunities data?");
                }
                at.add(i);
            }
            for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.values() == null) {
                    throw new ImportException(file, "line " + row.line() + ": " + row.problem());
                }
                CsvFile.Row current = row;
                List<String> values = at.stream().map(i -> current.values().get(i)).toList();
                try {
                    reader.read(values, row);
                } catch (FieldProblem p) {
                    throw new ImportException(file, "line " + row.line() + ", field " + p.getMessage());
                }
            }
        } catch (IOException e) {
            throw new ImportException(file, "cannot be read (" + com.nexuscrm.domain.FileProblems.reason(e) + ")", e);
        }
    }

    /** A cell that is not what its column needs; {@link #readCsv} adds the file and line. */
    private static final class FieldProblem extends RuntimeException {
        FieldProblem(String message) {
            super(message);
        }
    }

    private static Double number(String cell, String field, CsvFile.Row row) {
        if (cell.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(cell.trim());
        } catch (NumberFormatException e) {
            throw new FieldProblem(field + ": \"" + cell + "\" is not a number. Fix the value or leave it empty.");
        }
    }

    private static LocalDate date(String cell, String field, CsvFile.Row row) {
        if (cell.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(cell.trim());
        } catch (DateTimeParseException e) {
            throw new FieldProblem(field + ": \"" + cell + "\" is not a date (YYYY-MM-DD). Fix the value or leave it empty.");
        }
    }

    private static String blankToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell.trim();
    }
}
