package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.transfer.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Maven CRM reader on tiny generated files: joins, open deals, GTXPro, no leakage, bad input. */
class MavenDealsTest {
    @TempDir Path folder;

    private void write(String pipeline) throws IOException {
        Files.writeString(folder.resolve("accounts.csv"), """
                account,sector,year_established,revenue,employees,office_location,subsidiary_of
                Acme,technolgy,1996,1100.04,2822,United States,
                Beta,medical,2010,251.41,495,Kenya,Acme
                """);
        Files.writeString(folder.resolve("products.csv"), "product,series,sales_price\nGTX Pro,GTX,4821\nMG Special,MG,55\n");
        Files.writeString(folder.resolve("sales_teams.csv"), "sales_agent,manager,regional_office\nAnna,Dustin,Central\nBob,Rocco,West\n");
        Files.writeString(folder.resolve("sales_pipeline.csv"), pipeline);
    }

    private static final String HEADER = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n";

    @Test
    void closedDealsBecomeRowsWithTheirDurationAndOpenDealsAreCounted() throws IOException {
        write(HEADER + """
                A1,Anna,GTXPro,Acme,Won,2017-01-02,2017-01-12,4514
                A2,Anna,MG Special,Beta,Lost,2017-01-05,2017-02-04,0
                A3,Bob,GTX Pro,,Engaging,2017-01-06,,
                A4,Bob,MG Special,,Prospecting,,,
                """);
        MavenDeals.Loaded loaded = MavenDeals.read(folder);
        assertEquals(2, loaded.table().size());
        assertEquals(2, loaded.openDeals());
        assertEquals(1, loaded.table().positives());
        assertEquals(10.0, loaded.daysToClose()[0]);
        assertEquals(30.0, loaded.daysToClose()[1]);
        Object[] won = loaded.table().rows().get(0);
        assertEquals(4821.0, won[column("listPrice")], "GTXPro in the pipeline is GTX Pro in products.csv");
        assertEquals("GTX", won[column("series")]);
        assertEquals("technolgy", won[column("sector")]);
        assertEquals(21.0, won[column("accountAge")]);
        assertEquals("Dustin", won[column("manager")]);
        assertEquals(true, loaded.table().rows().get(1)[column("subsidiary")]);
        assertEquals(0, loaded.unknownProducts());
        for (Object[] row : loaded.table().rows()) {
            assertEquals(MavenDeals.COLUMNS.size(), row.length, "close_value is never a feature");
        }
    }

    @Test
    void theAgentsEarlierWinRateCountsOnlyDealsClosedBeforeTheEngageDate() throws IOException {
        write(HEADER + """
                B1,Anna,GTXPro,Acme,Won,2017-01-01,2017-01-10,1
                B2,Anna,GTXPro,Acme,Lost,2017-01-01,2017-01-20,0
                B3,Anna,GTXPro,Acme,Won,2017-01-10,2017-03-01,1
                B4,Anna,GTXPro,Acme,Lost,2017-01-21,2017-02-01,0
                """);
        MavenDeals.Loaded loaded = MavenDeals.read(folder);
        int rate = column("agentWinRate");
        int closed = column("agentClosed");
        int days = column("agentDays");
        assertNull(loaded.table().rows().get(0)[rate], "nothing closed before B1 started");
        assertEquals(0.0, loaded.table().rows().get(0)[closed]);
        // B3 starts the day B1 closes: an outcome of that very day is not known yet
        assertNull(loaded.table().rows().get(2)[rate]);
        // B4 starts after B1 (won) and B2 (lost) closed, before B3 (won, closes later) and its own close
        assertEquals(0.5, loaded.table().rows().get(3)[rate]);
        assertEquals(2.0, loaded.table().rows().get(3)[closed]);
        assertEquals(14.0, loaded.table().rows().get(3)[days], "mean of 9 and 19 days");
    }

    @Test
    void priorOutcomesNeverSeeTheFuture() {
        PriorOutcomes outcomes = new PriorOutcomes();
        outcomes.add("rep", LocalDate.of(2020, 5, 1), true, 10);
        outcomes.add("rep", LocalDate.of(2020, 3, 1), false, Double.NaN);
        outcomes.add("rep", LocalDate.of(2020, 4, 1), true, 30);
        assertEquals(0, outcomes.asOf("rep", LocalDate.of(2020, 3, 1)).closed());
        PriorOutcomes.Record april = outcomes.asOf("rep", LocalDate.of(2020, 4, 2));
        assertEquals(2, april.closed());
        assertEquals(0.5, april.winRate());
        assertEquals(30.0, april.meanDays(), "an unknown duration is not averaged");
        assertEquals(3, outcomes.asOf("rep", LocalDate.of(2021, 1, 1)).closed());
        assertEquals(0, outcomes.asOf("someone else", LocalDate.of(2021, 1, 1)).closed());
    }

    @Test
    void badInputNamesTheFileTheLineAndTheField() throws IOException {
        write(HEADER + "C1,Anna,GTXPro,Acme,Won,2017-01-02,2017-13-45,1\n");
        ImportException e = assertThrows(ImportException.class, () -> MavenDeals.read(folder));
        assertTrue(e.getMessage().contains("sales_pipeline.csv") && e.getMessage().contains("line 2")
                && e.getMessage().contains("close_date"), e.getMessage());
        write(HEADER + "C1,Anna,GTXPro,Acme,Won,2017-01-02,,1\n");
        e = assertThrows(ImportException.class, () -> MavenDeals.read(folder));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("no close_date"), e.getMessage());
        Files.writeString(folder.resolve("products.csv"), "name,price\nX,1\n");
        e = assertThrows(ImportException.class, () -> MavenDeals.read(folder));
        assertTrue(e.getMessage().contains("products.csv") && e.getMessage().contains("\"product\""), e.getMessage());
        Files.delete(folder.resolve("accounts.csv"));
        e = assertThrows(ImportException.class, () -> MavenDeals.read(folder));
        assertTrue(e.getMessage().contains("accounts.csv"), e.getMessage());
    }

    private static int column(String name) {
        for (int i = 0; i < MavenDeals.COLUMNS.size(); i++) {
            if (MavenDeals.COLUMNS.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
