package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.DateMention;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;

/** What one sentence says about attacks: its places, dates, attack words, weapons, targets, tolls, attacker and sources. */
record SentenceReading(Sentence sentence, List<PlaceMention> places, List<DateMention> dates, boolean attackWord,
                       List<String> weapons, List<String> targets, List<Toll> tolls, Actor attacker, List<String> sources) {

    /** True when the sentence reports an attack: a casualty figure, or an attack word with a weapon or a place. */
    boolean reportsAttack() {
        boolean victims = tolls.stream().anyMatch(t -> t.count().best() == null || t.count().best() > 0);
        return victims || attackWord && (!weapons.isEmpty() || !places.isEmpty()) || !weapons.isEmpty() && !places.isEmpty();
    }
}
