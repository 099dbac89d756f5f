package com.nexuscrm.app;
import picocli.CommandLine.Command;
@Command(name = "export") final class ExportCommand implements Runnable { public void run() { } }
