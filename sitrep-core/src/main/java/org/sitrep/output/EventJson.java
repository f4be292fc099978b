package org.sitrep.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    /** Indented the way JSON is usually shown ("key": value, one array item a line, empty arrays as []). */
    private static final ObjectMapper PRETTY = new ObjectMapper().setDefaultPrettyPrinter(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("")
                    .withObjectEmptySeparator("")).withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE))
            .enable(SerializationFeature.INDENT_OUTPUT);

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
        root.set("article", article(result.article()));
        ArrayNode events = root.putArray("events");
        result.events().forEach(e -> events.add(event(e)));
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
        return root;
    }

    /** The article part of Event JSON v1: id, url, title, published, category, author, language. */
    public static ObjectNode article(Article a) {
        ObjectNode article = JSON.createObjectNode();
        article.put("id", a.id());
        article.put("url", a.url());
        article.put("title", a.title());
        article.put("published", a.published() == null ? null : a.published().toString());
        article.put("category", a.category());
        article.put("author", a.author());
        article.put("language", a.language());
        return article;
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

    /** Reads one EVENT object back, as {@link #event} wrote it. */
    public static Event readEvent(JsonNode o) {
        JsonNode acled = o.get("acled");
        JsonNode d = o.get("date");
        EventDate date = new EventDate(localDate(d.get("start")), localDate(d.get("end")),
                EventDate.Precision.valueOf(d.get("precision").asText().toUpperCase(Locale.ROOT)), text(d.get("text")));
        JsonNode c = o.get("casualties");
        Casualties casualties = c == null || c.isNull() ? null : new Casualties(readCount(c.get("killed")), readCount(c.get("injured")),
                readCount(c.get("childrenKilled")), readCount(c.get("childrenInjured")), c.get("civilian").isNull() ? null : c.get("civilian").asBoolean());
        List<Damage> damage = new ArrayList<>();
        o.path("damage").forEach(x -> damage.add(new Damage(text(x.get("object")), text(x.get("effect")),
                x.get("count").isNull() ? null : x.get("count").asInt())));
        List<Evidence> evidence = new ArrayList<>();
        o.path("evidence").forEach(x -> evidence.add(new Evidence(x.get("field").asText(), x.get("start").asInt(), x.get("end").asInt(), x.get("text").asText())));
        return new Event(o.get("id").asText(), Event.Category.valueOf(o.get("category").asText().toUpperCase(Locale.ROOT)),
                acled == null || acled.isNull() ? null : new Event.Acled(text(acled.get("type")), text(acled.get("subType"))),
                o.get("plover").asText(), date, readLocation(o.get("location")), readActor(o.get("initiator")), readActor(o.get("target")),
                strings(o.get("weapons")), strings(o.get("targets")), casualties, damage, strings(o.get("sources")), evidence,
                o.get("confidence").asDouble());
    }

    /** Reads one EVENT object from its JSON text. */
    public static Event readEvent(String json) {
        try {
            return readEvent(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not Event JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** One EVENT object as compact JSON text. */
    public static String eventLine(Event e) {
        return event(e).toString();
    }

    private static LocalDate localDate(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Integer integer(JsonNode n) {
        return n == null || n.isNull() ? null : n.asInt();
    }

    private static Count readCount(JsonNode n) {
        return n == null || n.isNull() ? null : new Count(integer(n.get("low")), integer(n.get("best")), integer(n.get("high")));
    }

    private static Location readLocation(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new Location(n.get("name").asText(), text(n.get("admin1")), text(n.get("admin2")), text(n.get("country")),
                text(n.get("countryCode")), n.get("lat").isNull() ? null : n.get("lat").asDouble(),
                n.get("lon").isNull() ? null : n.get("lon").asDouble(),
                Location.Level.valueOf(n.get("level").asText().toUpperCase(Locale.ROOT)), integer(n.get("geonameId")));
    }

    private static Actor readActor(JsonNode n) {
        return n == null || n.isNull() ? null : new Actor(n.get("name").asText(), text(n.get("countryCode")), text(n.get("type")));
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) {
            n.forEach(x -> out.add(x.asText()));
        }
        return out;
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
