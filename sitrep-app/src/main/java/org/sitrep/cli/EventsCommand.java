package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Event;
import org.sitrep.output.EventJson;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep events}: the stored, merged events that match the filters, as a table or as JSON Lines. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List stored events that match the filters.")
final class EventsCommand implements Callable<Integer> {

    enum Format { table, jsonl }

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = Store.DEFAULT_URL, description = "database (default ${DEFAULT-VALUE})")
    String db;

    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (Event JSON v1, one event a line)")
    Format format;

    @Mixin
    EventFilters filters;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Store store = Databases.openExisting(db)) {
            var query = filters.query(Places.resolver(filters));
            long started = System.nanoTime();
            List<StoredEvent> events = store.events(query);
            double ms = (System.nanoTime() - started) / 1e6;
            if (format == Format.jsonl) {
                events.forEach(e -> out.println(EventJson.eventLine(e.event())));
            } else {
                out.printf("%-24s %-23s %-28s %-16s %6s %7s  %s%n", "id", "date", "place", "attacker", "killed", "injured", "weapons (reports)");
                for (StoredEvent s : events) {
                    Event e = s.event();
                    out.printf("%-24s %-23s %-28s %-16s %6s %7s  %s (%d)%n", e.id(), dates(e), e.location() == null ? "" : trim(e.location().name(), 28),
                            e.initiator() == null ? "" : trim(e.initiator().name(), 16), best(e, true), best(e, false),
                            String.join(",", e.weapons()), s.reportCount());
                }
                out.printf("%s (query %.0f ms)%n", Counted.of(events.size(), "event", "events"), ms);
            }
        }
        out.flush();
        return 0;
    }

    private static String dates(Event e) {
        if (e.date().start() == null) {
            return "unknown";
        }
        return e.date().start().equals(e.date().end()) ? e.date().start().toString() : e.date().start() + ".." + e.date().end().toString().substring(5);
    }

    private static String best(Event e, boolean killed) {
        if (e.casualties() == null) {
            return "";
        }
        var c = killed ? e.casualties().killed() : e.casualties().injured();
        return c == null || c.best() == null ? "" : c.best().toString();
    }

    private static String trim(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
