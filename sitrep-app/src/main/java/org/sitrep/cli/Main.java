package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command: subcommands for each job. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news reports of attacks into structured, geocoded, dated events with evidence.",
        footer = {"", "Also: ./sitrep bench DIR  (speed and peak heap beside a CoreNLP reference; built on first use)"},
        subcommands = {ExtractCommand.class, IngestCommand.class, EventsCommand.class, ExportCommand.class, ServeCommand.class, WatchCommand.class, TrainCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::userError).execute(args);
    }

    /** A wrong value or an unusable database is the user's to fix: one line naming it, no stack trace. */
    private static int userError(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof IllegalArgumentException || e instanceof org.sitrep.store.StoreException || e instanceof java.io.IOException) {
            cmd.getErr().println("sitrep " + cmd.getCommandName() + ": " + e.getMessage());
            return 2;
        }
        throw e;
    }

    /** {@code sitrep} alone: the usage on standard error, and status 2, as for any call that names no job. */
    @Override
    public Integer call() {
        new CommandLine(this).usage(System.err);
        return 2;
    }
}
