package com.nexuscrm.app;
import picocli.CommandLine.Command;
@Command(name = "import") final class ImportBench implements Runnable { public void run() { } }
