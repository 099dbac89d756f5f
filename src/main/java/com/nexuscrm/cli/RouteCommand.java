package com.nexuscrm.cli;

import com.nexuscrm.usecase.Workspace;
import com.nexuscrm.domain.routing.RoutingDecision;
import com.nexuscrm.routing.LeadRouting;
import com.nexuscrm.usecase.LeadServices;
import com.nexuscrm.usecase.RescoreAndRoute;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nexus route}: routes the workspace's New, never-routed leads by its routing rules and prints each decision. */
@Command(name = "route", description = "Route New leads that were never routed (rules: Settings → Lead routing) and print why each went where.")
final class RouteCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        try (Workspace open = workspace.open()) {
            ConsoleProgress progress = new ConsoleProgress(System.err);
            // Routing goes by score, so leads are scored first, as the window does when it opens.
            RescoreAndRoute.Done done = new RescoreAndRoute(LeadServices.scoring(open), LeadServices.routing(open))
                    .run(progress);
            System.err.printf("scored %,d leads with %s%n", done.scored().changed(), done.scored().modelVersion());
            LeadRouting.Report report = done.routed();
            for (RoutingDecision d : report.routed()) {
                System.out.println(d.leadId() + "  " + d.reason());
            }
            report.skipped().forEach(s -> System.out.println(s.leadId() + "  " + s.reason()));
            System.out.println("routed " + report.routed().size() + " leads" + (report.skipped().isEmpty() ? ""
                    : "; " + report.skipped().size() + " could not be routed (see above)"));
            return report.skipped().isEmpty() ? 0 : 2;
        }
    }
}
