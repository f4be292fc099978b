package org.sitrep.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Location;
import org.sitrep.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters that {@code events} and {@code export} share, turned into an {@link EventQuery}. */
final class EventFilters {

    private static final Pattern LAT_LON = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*");
    private static final Pattern DISTANCE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(km)?\\s*", Pattern.CASE_INSENSITIVE);

    @Option(names = "--from", paramLabel = "DATE", description = "events on or after this day (YYYY-MM-DD)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "events on or before this day (YYYY-MM-DD)")
    String to;

    @Option(names = "--near", paramLabel = "PLACE", description = "a place name (Kharkiv), a region or country (its whole area: 'Sumy region', Ukraine) or LAT,LON")
    String near;

    @Option(names = "--within", paramLabel = "KM", defaultValue = "25km", description = "radius around --near (default ${DEFAULT-VALUE})")
    String within;

    @Option(names = "--country", paramLabel = "COUNTRY", description = "ISO country code or name, e.g. UA or Ukraine")
    String country;

    @Option(names = "--admin1", paramLabel = "NAME", description = "first-level unit, e.g. 'Kharkiv Oblast'")
    String admin1;

    @Option(names = "--category", description = "attack or political")
    String category;

    @Option(names = "--type", description = "ACLED event type, e.g. 'Explosions/Remote violence'")
    String type;

    @Option(names = "--weapon", description = "weapon code, e.g. drone, ballistic_missile")
    String weapon;

    @Option(names = "--target", description = "target code, e.g. residential, energy")
    String target;

    @Option(names = "--initiator", description = "attacker name, e.g. Russia")
    String initiator;

    @Option(names = "--min-killed", paramLabel = "N")
    Integer minKilled;

    @Option(names = "--min-injured", paramLabel = "N")
    Integer minInjured;

    @Option(names = {"-q", "--text"}, paramLabel = "WORDS", description = "full-text search over the articles")
    String text;

    @Option(names = "--background", paramLabel = "WHICH", defaultValue = "include", description = "events first reported more "
            + "than 30 days after they happened (recalled as background): include (default), exclude or only")
    String background;

    @Option(names = "--limit", defaultValue = "0", description = "at most this many events (0: all)")
    int limit;

    /** The query; {@code places} resolves a place or country name and is only called when one is given. */
    EventQuery query(Function<String, Location> places) {
        EventQuery.Builder b = EventQuery.builder().from(date("--from", from)).to(date("--to", to)).country(country(places))
                .admin1(admin1).category(category).type(type).weapon(weapon).target(target).initiator(initiator)
                .minKilled(minKilled).minInjured(minInjured).text(text).limit(limit).background(background());
        if (near != null) {
            double km = km(within);
            Matcher ll = LAT_LON.matcher(near);
            if (ll.matches()) {
                b.near(Double.parseDouble(ll.group(1)), Double.parseDouble(ll.group(2)), km);
            } else {
                Location l = places.apply(near);
                if (l == null || l.lat() == null) {
                    throw new IllegalArgumentException("--near: no place called '" + near + "' in the gazetteer");
                }
                System.err.println("sitrep: near " + describe(l, km));
                b.around(l, km);
            }
        }
        return b.build();
    }

    /** What a place name was read as, so that a user sees which of several places of that name is meant. */
    private static String describe(Location l, double km) {
        String where = String.join(", ", java.util.stream.Stream.of(l.name(), l.admin1(), l.country())
                .filter(java.util.Objects::nonNull).distinct().toList());
        return switch (l.level()) {
            case COUNTRY, ADMIN1 -> where + " (the whole " + (l.level() == Location.Level.COUNTRY ? "country" : "region") + ")";
            default -> String.format(Locale.ROOT, "%s (%.4f, %.4f), within %s km", where, l.lat(), l.lon(), km % 1 == 0 ? String.valueOf((long) km) : String.valueOf(km));
        };
    }

    private String country(Function<String, Location> places) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = EventQuery.countryCode(country, places);
        if (code == null) {
            throw new IllegalArgumentException("--country: '" + country + "' is neither an ISO 3166 code nor a country's name");
        }
        return code;
    }

    private EventQuery.Background background() {
        try {
            return EventQuery.Background.valueOf(background.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--background: '" + background + "' is not one of include, exclude, only");
        }
    }

    boolean needsGazetteer() {
        return near != null && !LAT_LON.matcher(near).matches() || country != null && !country.isBlank() && !EventQuery.isCountryCode(country);
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " is not a date (YYYY-MM-DD): '" + value + "'");
        }
    }

    private static double km(String value) {
        Matcher m = DISTANCE.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--within is not a distance in km: '" + value + "'");
        }
        return Double.parseDouble(m.group(1));
    }
}
