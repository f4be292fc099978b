package org.sitrep.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import io.javalin.http.Context;
import org.sitrep.model.Location;
import org.sitrep.store.EventQuery;

/**
 * The event filters of the API's query string, read into an {@link EventQuery}; a bad value is a 400 that
 * names the parameter. {@code bbox} is minLon,minLat,maxLon,maxLat; {@code near} is a place name or lat,lon (a
 * country or region name is its whole area); {@code country} is a code or a name.
 */
final class QueryParams {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]");

    static final int MAX_LIMIT = 5000;

    private QueryParams() {
    }

    /** The words to search for; a q of punctuation alone is the caller's mistake, not an empty search. */
    private static String text(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && !q.isBlank() && !WORD.matcher(q).find()) {
            throw ApiError.badParameter("q", q, "holds no word to search for");
        }
        return q;
    }

    /** Refuses a parameter the route does not read (its OpenAPI entry lists those), so a misspelt filter is not ignored. */
    static void onlyKnown(Context ctx, Set<String> known) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!known.contains(name)) {
                throw new ApiError(400, "bad parameter", "unknown parameter '" + name + "': this route reads " + new TreeSet<>(known));
            }
        }
    }

    /** A country by its ISO code or its name ("UA", "Ukraine"). */
    private static String country(Context ctx, Function<String, Location> places) {
        String v = ctx.queryParam("country");
        if (v == null || v.isBlank()) {
            return null;
        }
        String code = EventQuery.countryCode(v, places);
        if (code == null) {
            throw ApiError.badParameter("country", v, "is neither an ISO 3166 code nor a country's name");
        }
        return code;
    }

    static EventQuery events(Context ctx, Function<String, Location> places, int defaultLimit) {
        if (ctx.queryParam("within") != null && ctx.queryParam("near") == null) {
            throw ApiError.badParameter("within", ctx.queryParam("within"), "needs near (a place or lat,lon) to measure from");
        }
        EventQuery.Builder b = EventQuery.builder()
                .from(date(ctx, "from")).to(date(ctx, "to"))
                .country(country(ctx, places)).admin1(ctx.queryParam("admin1"))
                .category(ctx.queryParam("category")).type(ctx.queryParam("type")).subType(ctx.queryParam("subType"))
                .weapon(ctx.queryParam("weapon")).target(ctx.queryParam("target")).initiator(ctx.queryParam("initiator"))
                .minKilled(integer(ctx, "minKilled", 0, Integer.MAX_VALUE)).minInjured(integer(ctx, "minInjured", 0, Integer.MAX_VALUE))
                .text(text(ctx));
        Integer limit = integer(ctx, "limit", 1, MAX_LIMIT);
        Integer offset = integer(ctx, "offset", 0, Integer.MAX_VALUE);
        b.limit(limit == null ? defaultLimit : limit).offset(offset == null ? 0 : offset);
        String sort = ctx.queryParam("sort");
        if (sort != null) {
            try {
                b.sort(EventQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw ApiError.badParameter("sort", sort, "is not one of date_desc, date_asc, killed_desc");
            }
        }
        String background = ctx.queryParam("background");
        if (background != null) {
            try {
                b.background(EventQuery.Background.valueOf(background.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiError.badParameter("background", background, "is not one of include, exclude, only");
            }
        }
        String near = ctx.queryParam("near");
        String bbox = ctx.queryParam("bbox");
        if (near != null) {
            double km = number(ctx, "within", 25);
            String[] ll = near.split(",");
            if (ll.length == 2 && ll[0].strip().matches("-?\\d+(\\.\\d+)?") && ll[1].strip().matches("-?\\d+(\\.\\d+)?")) {
                b.near(Double.parseDouble(ll[0].strip()), Double.parseDouble(ll[1].strip()), km);
            } else {
                Location l = places.apply(near);
                if (l == null || l.lat() == null) {
                    throw ApiError.badParameter("near", near, "is no place in the gazetteer");
                }
                b.around(l, km);
            }
        } else if (bbox != null) {
            String[] v = bbox.split(",");
            if (v.length != 4) {
                throw ApiError.badParameter("bbox", bbox, "is not minLon,minLat,maxLon,maxLat");
            }
            double[] d = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    d[i] = Double.parseDouble(v[i].strip());
                } catch (NumberFormatException e) {
                    throw ApiError.badParameter("bbox", bbox, "is not minLon,minLat,maxLon,maxLat");
                }
            }
            double lat = (d[1] + d[3]) / 2, lon = (d[0] + d[2]) / 2;
            Location c = new Location("c", null, null, null, null, lat, lon, Location.Level.POINT, null);
            Location corner = new Location("k", null, null, null, null, d[3], d[2], Location.Level.POINT, null);
            b.near(lat, lon, Math.max(1, c.kmTo(corner)));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "bad parameter", e.getMessage());
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.badParameter(name, v, "is not a date (YYYY-MM-DD)");
        }
    }

    private static Integer integer(Context ctx, String name, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw ApiError.badParameter(name, v, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badParameter(name, v, "is not a whole number");
        }
    }

    private static double number(Context ctx, String name, double fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.strip().toLowerCase(Locale.ROOT).replace("km", "").strip());
            if (d <= 0) {
                throw ApiError.badParameter(name, v, "must be a positive distance in km");
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiError.badParameter(name, v, "is not a distance in km");
        }
    }
}
