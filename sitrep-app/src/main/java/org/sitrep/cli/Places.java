package org.sitrep.cli;

import java.util.function.Function;
import org.sitrep.extract.EventExtractor;
import org.sitrep.geo.PlaceFinder;
import org.sitrep.model.Location;

/** Place names typed on the command line, resolved by the gazetteer, which is loaded only when a name needs it. */
final class Places {

    private Places() {
    }

    static Function<String, Location> resolver(EventFilters filters) {
        if (!filters.needsGazetteer()) {
            return name -> null;
        }
        PlaceFinder finder = PlaceFinder.gazetteer(EventExtractor.rules().nonStateActors());
        return name -> finder.lookup(name).orElse(null);
    }
}
