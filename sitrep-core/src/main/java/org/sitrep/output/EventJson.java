package org.sitrep.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleResult;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.Damage;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;

/** Writes results as Event JSON v1 (shared/spec/event-json.md), field by field so the contract is visible here. */
public final class EventJson {

    public static final String SCHEMA = "sitrep.event/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EventJson() {
    }

    /** One article's result on one line, for JSON Lines. */
    public static String line(ArticleResult result) {
        return write(JSON, result);
    }

    /** One article's result, indented for reading. */
    public static String pretty(ArticleResult result) {
        return write(PRETTY, result);
    }

    private static String write(ObjectMapper mapper, ArticleResult result) {
        try {
            return mapper.writeValueAsString(toJson(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write Event JSON for article " + result.article().id(), e);
        }
    }

    public static ObjectNode toJson(ArticleResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        Article a = result.article();
        ObjectNode article = root.putObject("article");
        article.put("id", a.id());
        article.put("url", a.url());
        article.put("title", a.title());
        article.put("published", a.published() == null ? null : a.published().toString());
        article.put("category", a.category());
        article.put("author", a.author());
        article.put("language", a.language());
        ArrayNode events = root.putArray("events");
        result.events().forEach(e -> events.add(event(e)));
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
        return root;
    }

    public static ObjectNode event(Event e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        o.put("category", e.category().name().toLowerCase(Locale.ROOT));
        if (e.acled() == null) {
            o.putNull("acled");
        } else {
            o.putObject("acled").put("type", e.acled().type()).put("subType", e.acled().subType());
        }
        o.put("plover", e.plover());
        o.set("date", date(e.date()));
        o.set("location", location(e.location()));
        o.set("initiator", actor(e.initiator()));
        o.set("target", actor(e.target()));
        e.weapons().forEach(o.putArray("weapons")::add);
        e.targets().forEach(o.putArray("targets")::add);
        o.set("casualties", casualties(e.casualties()));
        ArrayNode damage = o.putArray("damage");
        for (Damage d : e.damage()) {
            damage.addObject().put("object", d.object()).put("effect", d.effect()).put("count", d.count());
        }
        e.sources().forEach(o.putArray("sources")::add);
        ArrayNode evidence = o.putArray("evidence");
        for (Evidence v : e.evidence()) {
            evidence.addObject().put("field", v.field()).put("start", v.start()).put("end", v.end()).put("text", v.text());
        }
        o.put("confidence", e.confidence());
        return o;
    }

    private static ObjectNode date(EventDate d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("start", d.start() == null ? null : d.start().toString());
        o.put("end", d.end() == null ? null : d.end().toString());
        o.put("precision", d.precision().name().toLowerCase(Locale.ROOT));
        o.put("text", d.text());
        return o;
    }

    private static ObjectNode location(Location l) {
        if (l == null) {
            return null;
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("name", l.name());
        o.put("admin1", l.admin1());
        o.put("admin2", l.admin2());
        o.put("country", l.country());
        o.put("countryCode", l.countryCode());
        o.put("lat", l.lat());
        o.put("lon", l.lon());
        o.put("level", l.level().name().toLowerCase(Locale.ROOT));
        o.put("geonameId", l.geonameId());
        return o;
    }

    private static ObjectNode actor(Actor a) {
        if (a == null) {
            return null;
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("name", a.name());
        o.put("countryCode", a.countryCode());
        o.put("type", a.type());
        return o;
    }

    private static ObjectNode casualties(Casualties c) {
        if (c == null) {
            return null;
        }
        ObjectNode o = JSON.createObjectNode();
        o.set("killed", count(c.killed()));
        o.set("injured", count(c.injured()));
        o.set("childrenKilled", count(c.childrenKilled()));
        o.set("childrenInjured", count(c.childrenInjured()));
        o.put("civilian", c.civilian());
        return o;
    }

    private static ObjectNode count(Count c) {
        if (c == null) {
            return null;
        }
        return JSON.createObjectNode().put("low", c.low()).put("best", c.best()).put("high", c.high());
    }
}
