package org.sitrep.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.Words;

/**
 * What a sentence says was hit, from the targets lexicon, less the words that name something else: a hospital
 * whose staff speak or where the wounded were taken is no target, and a bare "building" says nothing more when
 * the sentence names what the building was ("a nuclear development building").
 */
final class Targets {

    private static final Pattern SPEAKERS_AFTER = Pattern.compile("(?i)^(?:\\s+in(?:\\s+\\p{Lu}[\\p{L}-]*){1,3})?\\s+(?:staff|officials?|director|sources|doctors?|medics|workers|"
            + "spokes\\w+|said|says|told|reported)\\b");
    private static final Pattern CARE_BEFORE = Pattern.compile("(?i)\\b(?:taken|rushed|brought|transferred|admitted|treated|died|"
            + "evacuated|hospitali[sz]ed)\\s+(?:to|in|at)\\s+(?:(?:a|the|nearby|local|several|two|three)\\s+)*$");
    /** "unmanned aerial vehicles" are drones, not vehicles hit. */
    private static final Pattern DRONE_BEFORE = Pattern.compile("(?i)\\b(?:aerial|unmanned)\\s+$");
    /** Soldiers are a military target where they are the ones counted ("19 Indian soldiers were killed"), not where they act. */
    private static final Pattern FORCES = Pattern.compile("(?i)soldiers|troops|servicemen|personnel");
    private static final Pattern COUNTED_BEFORE = Pattern.compile("(?i)\\b(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|dozens|hundreds)\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    private final Lexicon lexicon;

    Targets(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Set<String> of(Words words) {
        String text = words.text();
        List<Lexicon.Match> found = lexicon.find(words).stream().filter(m -> !m.value().equals("healthcare")
                || !SPEAKERS_AFTER.matcher(text.substring(m.end())).find() && !CARE_BEFORE.matcher(text.substring(0, m.start())).find())
                .filter(m -> !DRONE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find())
                .filter(m -> !FORCES.matcher(m.text()).matches() || COUNTED_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()).toList();
        boolean named = found.stream().anyMatch(m -> !m.text().toLowerCase(java.util.Locale.ROOT).startsWith("building"));
        Set<String> out = new LinkedHashSet<>();
        for (Lexicon.Match m : found) {
            if (!named || !m.text().toLowerCase(java.util.Locale.ROOT).startsWith("building")) {
                out.add(m.value());
            }
        }
        return out;
    }
}
