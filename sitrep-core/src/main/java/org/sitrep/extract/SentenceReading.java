package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.DateMention;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;

/**
 * What one sentence says about attacks: its places, dates, attack words, weapons, targets, tolls, attacker
 * and sources. {@code generic} marks statements about attacks in general ("one of the most regular targets
 * since 2022"), which report no single attack. {@code words} are the sentence's words, split once for every lexicon.
 */
record SentenceReading(Sentence sentence, List<PlaceMention> places, List<DateMention> dates, boolean attackWord,
                       List<String> weapons, List<String> targets, List<Toll> tolls, List<ActorFinder.Named> attackers, List<String> sources, boolean generic,
                       org.sitrep.lexicon.Words words) {

    private static final java.util.regex.Pattern HERE = java.util.regex.Pattern.compile("\\bhere\\b");

    SentenceReading withSources(List<String> found) {
        return new SentenceReading(sentence, places, dates, attackWord, weapons, targets, tolls, attackers, found, generic, words);
    }

    SentenceReading asGeneric() {
        return new SentenceReading(sentence, places, dates, attackWord, weapons, targets, tolls, attackers, sources, true, words);
    }

    Actor attacker() {
        return attackers.isEmpty() ? null : attackers.get(0).actor();
    }

    /** The attacker named last before a place (or the first named after it). */
    Actor attackerOf(PlaceMention place) {
        ActorFinder.Named best = null;
        for (ActorFinder.Named n : attackers) {
            if (best == null || sentence.start() + n.at() < place.start()) {
                best = n;
            }
        }
        return best == null ? null : best.actor();
    }

    /** "We have had glide bombs and drones here": a speaker's own place, the one where the reporter is. */
    boolean here() {
        return HERE.matcher(sentence.text()).find();
    }

    /** True when the sentence reports an attack: a casualty figure, or an attack word with a weapon or a place. */
    boolean reportsAttack() {
        return !generic && tellsOfAttacks();
    }

    /** True when the sentence speaks of attacks, one or many ("a total of 440 drones sent by Russia"). */
    boolean tellsOfAttacks() {
        boolean victims = tolls.stream().anyMatch(t -> t.count().best() == null || t.count().best() > 0);
        return victims || attackWord && (!weapons.isEmpty() || !places.isEmpty() || !targets.isEmpty() && !dates.isEmpty())
                || !weapons.isEmpty() && (!places.isEmpty() || !dates.isEmpty() || here());
    }
}
