package org.sitrep.model;

/** Where an event happened, as resolved against the gazetteer; geonameId is null for admin1 and country levels. */
public record Location(String name, String admin1, String admin2, String country, String countryCode,
                       Double lat, Double lon, Level level, Integer geonameId) {

    public enum Level { POINT, CITY, ADMIN2, ADMIN1, COUNTRY }

    public Location {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("location name is blank");
        }
        if (level == null) {
            throw new IllegalArgumentException("location level is null for " + name);
        }
    }

    /** Great-circle distance in kilometres, or infinity when either side has no coordinates. */
    public double kmTo(Location other) {
        if (lat == null || lon == null || other.lat == null || other.lon == null) {
            return Double.POSITIVE_INFINITY;
        }
        double p1 = Math.toRadians(lat), p2 = Math.toRadians(other.lat);
        double dp = p2 - p1, dl = Math.toRadians(other.lon - lon);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371 * 2 * Math.asin(Math.sqrt(Math.min(1, h)));
    }
}
