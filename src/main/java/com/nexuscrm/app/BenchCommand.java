package com.nexuscrm.app;
import picocli.CommandLine.Command;
@Command(name = "bench") final class BenchCommand implements Runnable { public void run() { } }
