package com.nexuscrm.app;
import picocli.CommandLine.Command;
@Command(name = "import") final class ImportCommand implements Runnable { public void run() { } }
