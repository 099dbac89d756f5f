package com.nexuscrm.cli;

import picocli.CommandLine.Command;

/** {@code nexus simulate WHAT}: simulations with a known ground truth; they need no workspace. */
@Command(name = "simulate", description = "Simulations with a known ground truth (no workspace needed).",
        subcommands = {SimulateCampaignCommand.class})
final class SimulateCommand {
}
