package com.nexuscrm.ui.customers;

import com.nexuscrm.documents.AccountBrief;
import com.nexuscrm.domain.account.AccountReport;
import com.nexuscrm.usecase.AccountInsights;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.UUID;

/** What the account insights need from the workspace: one account's report, and its one-page brief as a PDF (both slow: background). */
public interface AccountInsightsSource {
    AccountReport report(UUID accountId);

    void writeBrief(AccountReport report, Path pdf) throws IOException;

    /** The use case over one workspace; the brief is written next to {@code pdf} first, then moved into place. */
    static AccountInsightsSource of(AccountInsights insights, ZoneId zone) {
        return new AccountInsightsSource() {
            @Override
            public AccountReport report(UUID accountId) {
                return insights.report(accountId);
            }

            @Override
            public void writeBrief(AccountReport report, Path pdf) throws IOException {
                Path partial = pdf.resolveSibling(pdf.getFileName() + ".part");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    new AccountBrief().write(report, zone, out);
                }
                Files.move(partial, pdf, StandardCopyOption.REPLACE_EXISTING);
            }
        };
    }
}
