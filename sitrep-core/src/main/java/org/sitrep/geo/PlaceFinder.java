package org.sitrep.geo;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.sitrep.model.Location;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;

/** Finds the places an article names and resolves each to a gazetteer entry, admin1 unit or country. */
public interface PlaceFinder {

    /** Place mentions of all sentences, in text order; the article's countries steer ambiguous names. */
    List<PlaceMention> find(List<Sentence> sentences);

    /**
     * A place by its name alone, as a user types it: "Kharkiv", "Kharkov", "Sumy region", "Ukraine".
     * Namesakes are decided by population; empty when the gazetteer has no such name.
     */
    Optional<Location> lookup(String name);

    /**
     * The finder for text in {@code language} ("uk", "ru"), on the same gazetteer; this one for English and for any
     * language it has no other finder for.
     */
    default PlaceFinder forLanguage(String language) {
        return this;
    }

    /**
     * The GeoNames-based finder. {@code isActor} names words that are parties, not places ("Hamas"),
     * which are never read as place names. Loads the gazetteer; fails at once when it is missing.
     */
    static PlaceFinder gazetteer(Predicate<String> isActor) {
        return new GazetteerPlaceFinder(Gazetteer.load(), isActor);
    }
}
