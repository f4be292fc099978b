package org.sitrep.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.sitrep.store.Store;

/** What {@code GET /api/health} says: whether the store can be read and what it holds, and every followed feed. */
final class Health {

    /** The answer: well or not, and the JSON that says why. */
    record Report(boolean ok, ObjectNode json) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Store store;
    private final List<String> feeds;
    private final BooleanSupplier watcherRuns;

    Health(Store store, List<String> feeds, BooleanSupplier watcherRuns) {
        this.store = store;
        this.feeds = feeds;
        this.watcherRuns = watcherRuns;
    }

    /** Failing when the store cannot be read or, with feeds to follow, the watcher stopped. */
    Report report() {
        ObjectNode out = JSON.createObjectNode();
        boolean ok = true;
        ObjectNode s = out.putObject("store");
        try {
            Store.Counts c = store.counts();
            s.put("ok", true).put("articles", c.articles()).put("reports", c.reports()).put("events", c.events());
        } catch (RuntimeException e) {
            ok = false;
            s.put("ok", false).put("error", e.getMessage());
        }
        if (!feeds.isEmpty()) {
            boolean alive = watcherRuns.getAsBoolean();
            ok &= alive;
            out.putObject("watcher").put("running", alive);
            ArrayNode list = out.putArray("feeds");
            feeds.forEach(url -> feed(list.addObject().put("url", url), url));
        }
        out.put("status", ok ? "ok" : "failing");
        return new Report(ok, out);
    }

    private void feed(ObjectNode f, String url) {
        try {
            store.feeds().feed(url).ifPresent(st -> f.put("lastPolled", st.lastPolled() == null ? null : st.lastPolled().toString())
                    .put("nextPoll", st.nextPoll() == null ? null : st.nextPoll().toString()).put("lastStatus", st.lastStatus())
                    .put("errorsInARow", st.errors()).put("lastError", st.lastError()).put("entries", st.entries()));
        } catch (RuntimeException e) {
            f.put("lastError", "cannot read the feed's state: " + e.getMessage());
        }
    }
}
