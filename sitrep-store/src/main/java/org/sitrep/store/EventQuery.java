package org.sitrep.store;

import java.time.LocalDate;

/**
 * Filters for events; null fields do not filter. {@code near} is a lat/lon point and {@code withinKm} the
 * radius around it; {@code text} is a full-text search over the articles behind the events.
 */
public record EventQuery(LocalDate from, LocalDate to, Double nearLat, Double nearLon, Double withinKm,
                         String country, String admin1, String category, String type, String subType, String weapon,
                         String target, String initiator, Integer minKilled, Integer minInjured, String text,
                         Background background, Sort sort, int limit, int offset) {

    public enum Sort { DATE_DESC, DATE_ASC, KILLED_DESC }

    /**
     * Background events are those first reported more than {@value #BACKGROUND_DAYS} days after they happened: an
     * attack recalled in a report of today's news. INCLUDE keeps them with the rest, EXCLUDE leaves them out, ONLY
     * keeps them alone.
     */
    public enum Background { INCLUDE, EXCLUDE, ONLY }

    public static final int BACKGROUND_DAYS = 30;

    public EventQuery {
        if (withinKm != null && (nearLat == null || nearLon == null)) {
            throw new IllegalArgumentException("within " + withinKm + " km needs a place to be near");
        }
        if (withinKm != null && withinKm <= 0) {
            throw new IllegalArgumentException("within must be a positive distance in km: " + withinKm);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends " + to + " before it starts " + from);
        }
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative: " + limit + ", " + offset);
        }
        sort = sort == null ? Sort.DATE_DESC : sort;
        background = background == null ? Background.INCLUDE : background;
    }

    /** Whether a country filter is given as an ISO 3166 alpha-2 code ("UA", "ua") rather than a name. */
    public static boolean isCountryCode(String value) {
        return value.strip().matches("[A-Za-z]{2}");
    }

    /**
     * The ISO code of a country given by its code or its name ("UA", "Ukraine"); {@code places} reads a name. Null
     * when the name is no country's.
     */
    public static String countryCode(String value, java.util.function.Function<String, org.sitrep.model.Location> places) {
        if (isCountryCode(value)) {
            return value.strip().toUpperCase(java.util.Locale.ROOT);
        }
        org.sitrep.model.Location l = places.apply(value.strip());
        return l == null || l.level() != org.sitrep.model.Location.Level.COUNTRY ? null : l.countryCode();
    }

    /** The same filters, one page of them. */
    public EventQuery page(int pageLimit, int pageOffset) {
        return new EventQuery(from, to, nearLat, nearLon, withinKm, country, admin1, category, type, subType, weapon,
                target, initiator, minKilled, minInjured, text, background, sort, pageLimit, pageOffset);
    }

    /** Every event, newest first, without a limit. */
    public static EventQuery all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a query field by field. */
    public static final class Builder {
        private LocalDate from, to;
        private Double nearLat, nearLon, withinKm;
        private String country, admin1, category, type, subType, weapon, target, initiator, text;
        private Integer minKilled, minInjured;
        private Sort sort = Sort.DATE_DESC;
        private Background background = Background.INCLUDE;
        private int limit, offset;

        public Builder from(LocalDate v) { from = v; return this; }
        public Builder to(LocalDate v) { to = v; return this; }
        public Builder near(double lat, double lon, double km) { nearLat = lat; nearLon = lon; withinKm = km; return this; }
        public Builder country(String v) { country = v; return this; }

        /**
         * Near a named place: a country or a first-level region is its whole area (the events placed in it), a
         * town, district or point the circle of {@code km} around it.
         */
        public Builder around(org.sitrep.model.Location place, double km) {
            switch (place.level()) {
                case COUNTRY -> country = place.countryCode();
                case ADMIN1 -> {
                    country = place.countryCode();
                    admin1 = place.admin1();
                }
                default -> near(place.lat(), place.lon(), km);
            }
            return this;
        }
        public Builder admin1(String v) { admin1 = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder type(String v) { type = v; return this; }
        public Builder subType(String v) { subType = v; return this; }
        public Builder weapon(String v) { weapon = v; return this; }
        public Builder target(String v) { target = v; return this; }
        public Builder initiator(String v) { initiator = v; return this; }
        public Builder minKilled(Integer v) { minKilled = v; return this; }
        public Builder minInjured(Integer v) { minInjured = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder sort(Sort v) { sort = v; return this; }
        public Builder background(Background v) { background = v; return this; }
        public Builder limit(int v) { limit = v; return this; }
        public Builder offset(int v) { offset = v; return this; }

        public EventQuery build() {
            return new EventQuery(from, to, nearLat, nearLon, withinKm, country, admin1, category, type, subType, weapon,
                    target, initiator, minKilled, minInjured, text, background, sort, limit, offset);
        }
    }
}
