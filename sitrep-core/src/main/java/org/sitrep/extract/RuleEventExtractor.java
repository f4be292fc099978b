package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.lexicon.Calendar;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.NumberWords;
import org.sitrep.lexicon.Resources;
import org.sitrep.lexicon.Words;
import org.sitrep.model.Actor;
import org.sitrep.model.AnalyzedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.DateMention;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;

/**
 * Rule-based attack and political event extraction. Sentences that report an attack (an attack word,
 * a weapon or a casualty figure) open or extend a frame keyed by place and date; a sentence without a
 * place continues the frame before it; a sentence whose date is far from the article's main date is
 * background and gets an event of its own. Frames with the same place and overlapping dates merge.
 */
final class RuleEventExtractor implements EventExtractor {

    private static final java.util.regex.Pattern GENERIC = java.util.regex.Pattern.compile(
            "(?i)\\b((?:since|as of) (?:the (?:start|beginning|war|conflict|invasion|full-scale|outbreak)|(?!(?:early |late |this )?(?:" + Calendar.english().weekdayPattern() + "|dawn|midnight|morning|yesterday)\\b)(?:late |early |mid-?)?[A-Z]\\w+|\\d+|then|last)|"
            + "between \\d{1,2} and \\d{1,2} [A-Z]\\w+|between (?:the \\w+ of )?\\d{1,2} [A-Z]\\w+(?: \\d{4})? and (?:[\\d:]+ on )?\\d{1,2} [A-Z]\\w+|during the (?:[\\w-]+ ){0,2}(?:war|conflict)|"
            + "regular(?:ly)?|frequent(?:ly)?|repeatedly|(?:almost|nearly) daily|routinely|often|lately|every (?:night|day)|in recent (?:days|weeks|months|years)|so far this year|in total|a total of|overall|(?:during|over|in) the same period|cumulative|air raid alerts?|alerts? (?:were|was) in place|(?:air[- ]raid )?sirens? (?:[\\w ]{0,40}?)(?:sounded|were heard|was heard|went off|wailed|blared)|(?:has|have) (?:been )?us(?:ed|ing)"
            + "|(?:the|this|its|their) (?:[\\w-]+ ){0,2}(?:war|conflict|fighting|insurgency)\\b[^.;]{0,160}?\\b(?:has|have) (?:now )?(?:left|killed|claimed))\\b");
    /** A word of every GENERIC alternative: a sentence with none of them need not be matched. */
    private static final List<String> GENERIC_WORDS = List.of("since", "as of", "between", "during", "regular", "frequent", "repeatedly", "routinely",
            "often", "lately", "every", "daily", "recent", "so far", "total", "overall", "same period", "cumulative", "alert", "siren", "used", "using",
            "war", "conflict", "fighting", "insurgency");
    /** Words that put a sentence's attack before the one the article reports. */
    private static final java.util.regex.Pattern BACKGROUND = java.util.regex.Pattern.compile(
            "(?i)\\b((?:comes?|came) (?:\\w+ ){0,2}after|follows|following|previous|earlier (?:this|last)|last (?:week|month|year)|ago)\\b");
    /**
     * "Another 73 were injured, the governor said on Saturday": when something was said, not when it happened; a
     * sentence that names no place then goes on telling of the attack before it.
     */
    private static final java.util.regex.Pattern SAID_ON = java.util.regex.Pattern.compile(
            "(?i)\\b(?:" + String.join("|", Resources.lines("/org/sitrep/lang/en/reporting-verbs.txt")) + ")\\s+(?:(?:on|late|early)\\s+)?$");
    private static final java.util.regex.Pattern FIRST_ATTACKS_AFTER = java.util.regex.Pattern.compile(
            "(?i)\\b(" + NumberWords.english().pattern() + ") days? after the (?:initial|first|opening) (?:[\\w-]+ ){0,2}(?:strikes|attacks|shelling|bombardment|raids)\\b");
    private static final java.util.regex.Pattern SINCE_WEEKDAY = java.util.regex.Pattern.compile("(?i)\\bsince (?:late |early )?(" + Calendar.english().weekdayPattern() + ")\\b");
    private static final java.util.regex.Pattern SINCE_BEFORE = java.util.regex.Pattern.compile("(?i)\\bsince\\s+(?:the\\s+)?(?:(?:evening|night|morning|afternoon)\\s+of\\s+)?$");
    private static final java.util.regex.Pattern TOTAL = java.util.regex.Pattern.compile("(?i)\\b(?:in total|overall)\\b");
    /** A count of the time up to now, as in "have been killed": it goes on the period the sentence before spoke of. */
    private static final java.util.regex.Pattern PERFECT = java.util.regex.Pattern.compile("(?i)\\b(?:have|has) been (?:killed|injured|wounded|shot)\\b");
    private static final java.util.regex.Pattern SUPERLATIVE = java.util.regex.Pattern.compile("(?i)\\b(\\w+est|most(?! of\\b)|worst|biggest|first|largest)\\b[^.;]*$"); // not "most of them children"
    /** "died of hunger", "deaths from malnutrition": harm with a cause other than an attack (lang/en/other-causes.txt). */
    private static final java.util.regex.Pattern OTHER_CAUSE = java.util.regex.Pattern.compile("(?i)\\b(?:died|dying|die|dies|death|deaths|dead|perished)"
            + "\\s+(?:[\\w-]+\\s+){0,4}?(?:of|from|due to)\\s+(?:the\\s+)?(?:"
            + String.join("|", Resources.lines("/org/sitrep/lang/en/other-causes.txt").stream().map(java.util.regex.Pattern::quote).toList()) + ")\\b");
    private final Lexicon attackWords = Lexicon.load("/org/sitrep/extract/attack-words.tsv");
    private final Lexicon weapons = Lexicon.load("/org/sitrep/extract/weapons.tsv");
    private final Targets targets = new Targets(Lexicon.load("/org/sitrep/extract/targets.tsv"));
    private final Lexicon political = Lexicon.load("/org/sitrep/extract/political.tsv");
    private final TollReader tolls = new TollReader();
    private final ActorFinder actors = new ActorFinder(attackWords);
    private final SourceFinder sources = new SourceFinder();

    @Override
    public Predicate<String> nonStateActors() {
        return actors::isNonStateActor;
    }

    /** How much of its paragraph before a sentence the toll rules see ("... a boy, 7. Among them were ..."). */
    private static final int LOOK_BACK = 2000;

    @Override
    public List<Event> extract(AnalyzedArticle a) {
        Article article = a.article();
        List<Sentence> sentences = a.sentences();
        Map<Integer, List<PlaceMention>> placesBySentence = new LinkedHashMap<>();
        a.places().forEach(p -> placesBySentence.computeIfAbsent(p.sentence(), k -> new ArrayList<>()).add(p));
        Map<Integer, List<DateMention>> datesBySentence = new LinkedHashMap<>();
        a.dates().forEach(d -> datesBySentence.computeIfAbsent(d.sentence(), k -> new ArrayList<>()).add(d));

        List<SentenceReading> readings = new ArrayList<>();
        int paragraph = -1, paragraphStart = 0;
        for (Sentence s : sentences) {
            org.sitrep.limit.TimeBudget.check();
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                paragraphStart = s.start();
            }
            SentenceReading r = read(s, placesBySentence.getOrDefault(s.index(), List.of()), datesBySentence.getOrDefault(s.index(), List.of()),
                    article.text().substring(Math.max(paragraphStart, s.start() - LOOK_BACK), s.start()), article.text(), article.published());
            SentenceReading before = readings.isEmpty() ? null : readings.get(readings.size() - 1);
            if (before != null && before.generic() && r.dates().isEmpty() && PERFECT.matcher(s.text()).find()
                    || !r.tolls().isEmpty() && sinceDaysAgo(s.text(), article.published()) >= 2) {
                r = r.asGeneric(); // "Almost every day since 26 May ... Dozens have been killed", "224 killed since Friday" (Monday)
            }
            readings.add(r);
        }
        boolean lookBack = a.storyDay() != null && !a.storyDay().equals(article.published());
        EventDate first = lookBack ? firstAttacks(readings) : null;
        EventDate mainDate = first != null ? first : mainDate(readings, a.storyDay());
        List<Actor> attackers = attackers(readings);
        EventIds ids = new EventIds(article);
        Frames frames = new Frames(article, ids, mainDate, lookBack, attackers, mentioned(readings), actors::isActor);
        for (SentenceReading r : readings) {
            org.sitrep.limit.TimeBudget.check();
            frames.add(r);
        }
        List<Event> events = new ArrayList<>(frames.events());
        events.addAll(politicalEvents(ids, readings));
        return events;
    }

    private SentenceReading read(Sentence s, List<PlaceMention> places, List<DateMention> dates, String paragraphBefore, String articleText,
                                 LocalDate published) {
        String text = s.text();
        Words words = Words.of(text);
        List<Lexicon.Match> attack = attackWords.find(words).stream().filter(m -> m.value().equals("attack")).toList();
        Set<String> ws = Weapons.of(weapons, words);
        Set<String> ts = targets.of(words);
        List<Toll> found = tolls.read(s, words, paragraphBefore);
        if (attack.isEmpty() && ws.isEmpty() && !found.isEmpty() && OTHER_CAUSE.matcher(text).find()) {
            found = List.of(); // "an infant died of extreme heat in Rafah": a death, not an attack's toll
        }
        Toll listed = VictimList.read(s, articleText);
        if (listed != null) { // "The following were killed:" then one name a line
            found = java.util.stream.Stream.concat(found.stream().filter(t -> t.kind() != Toll.Kind.KILLED), java.util.stream.Stream.of(listed)).toList();
        }
        if (places.isEmpty() || found.stream().anyMatch(Toll::update)) { // "the toll has risen to 26, the ministry said on Thursday"
            dates = dates.stream().filter(d -> !SAID_ON.matcher(text.substring(Math.max(0, d.start() - s.start() - 30), d.start() - s.start())).find()).toList();
        }
        SentenceReading r = new SentenceReading(s, places, dates, !attack.isEmpty(), List.copyOf(ws), List.copyOf(ts),
                found, actors.attackers(words), List.of(), generic(text) && !dailyTotal(text, dates)
                && generic(sinceRecently(s, dates, published)) || monthsTally(attack, ws, found, dates), words);
        return r.reportsAttack() || !r.tolls().isEmpty() ? r.withSources(sources.find(text)) : r; // sources only matter for events
    }

    /** How many days before publication the weekday of "killed since Friday" was: a tally over days from two on; else -1. */
    private static int sinceDaysAgo(String text, LocalDate published) {
        if (published == null || !text.contains("since")) {
            return -1;
        }
        java.util.regex.Matcher m = SINCE_WEEKDAY.matcher(text);
        if (!m.find()) {
            return -1;
        }
        java.time.DayOfWeek day = Calendar.english().weekday(m.group(1));
        return (published.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
    }

    /**
     * The sentence without its "since" phrases that name the day before publication or later ("Since the evening of 25
     * June, the town was shelled", published on the 26th): such a phrase dates a report of the last day, no tally over
     * time. The text as it is when it has none.
     */
    private static String sinceRecently(Sentence s, List<DateMention> dates, LocalDate published) {
        String text = s.text();
        if (published == null || !text.toLowerCase(java.util.Locale.ROOT).contains("since")) {
            return text;
        }
        for (DateMention d : dates) {
            int at = d.start() - s.start();
            java.util.regex.Matcher m = SINCE_BEFORE.matcher(text.substring(Math.max(0, at - 30), at));
            if (m.find() && d.date().resolved() && !d.date().end().isBefore(published.minusDays(1))) {
                int from = Math.max(0, at - 30) + m.start();
                text = text.substring(0, from) + " ".repeat(d.end() - s.start() - from) + text.substring(d.end() - s.start());
            }
        }
        return text;
    }

    /**
     * "179 civilians were killed in the city in May": a toll told of a month or longer, with no attack or weapon to say
     * which, counts the dead of that time, not of one attack.
     */
    private static boolean monthsTally(List<Lexicon.Match> attack, Set<String> weapons, List<Toll> tolls, List<DateMention> dates) {
        return attack.isEmpty() && weapons.isEmpty() && !tolls.isEmpty() && !dates.isEmpty()
                && dates.stream().anyMatch(d -> d.date().precision() == EventDate.Precision.MONTH)
                && dates.stream().noneMatch(d -> d.date().precision() == EventDate.Precision.DAY);
    }

    /** "In total, at least 95 were killed across Gaza on Monday": the total of one day is that day's toll, not a tally. */
    private static boolean dailyTotal(String text, List<DateMention> dates) {
        return TOTAL.matcher(text).find() && dates.stream().anyMatch(d -> d.date().precision() == EventDate.Precision.DAY);
    }

    /** A statement about attacks in general; "the worst attack since 2022" still reports one attack. */
    private static boolean generic(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (GENERIC_WORDS.stream().noneMatch(lower::contains)) {
            return false;
        }
        java.util.regex.Matcher m = GENERIC.matcher(text);
        while (m.find()) {
            String opening = m.group(1).toLowerCase(java.util.Locale.ROOT);
            boolean since = opening.startsWith("since") || opening.startsWith("as of");
            if (!since || !SUPERLATIVE.matcher(text.substring(Math.max(0, m.start() - 80), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date of the article's first attack sentence dated within a week before the story's last day (publication,
     * for news), else that day and the night before (news reports what happened since the last edition).
     */
    private static EventDate mainDate(List<SentenceReading> readings, LocalDate storyDay) {
        for (SentenceReading r : readings) {
            if (!r.reportsAttack() || BACKGROUND.matcher(r.sentence().text()).find()) {
                continue;
            }
            for (DateMention d : r.dates()) {
                if (!d.date().resolved()) {
                    return d.date();
                }
                if (storyDay != null && !d.date().start().isBefore(storyDay.minusDays(7)) && !d.date().end().isAfter(storyDay)
                        && d.date().precision() == EventDate.Precision.DAY) {
                    return d.date();
                }
            }
        }
        return storyDay == null ? EventDate.unknown(null) : new EventDate(storyDay.minusDays(1), storyDay, EventDate.Precision.DAY, null);
    }

    /**
     * "A day after the initial missile strikes, Thursday, ...": the day of the first attacks a look back tells of,
     * where its opening starts, or null when no sentence says it.
     */
    private static EventDate firstAttacks(List<SentenceReading> readings) {
        for (SentenceReading r : readings) {
            java.util.regex.Matcher m = FIRST_ATTACKS_AFTER.matcher(r.sentence().text());
            if (!r.dates().isEmpty() && r.dates().get(0).date().precision() == EventDate.Precision.DAY && m.find()) {
                return EventDate.day(r.dates().get(0).date().start().minusDays(Frames.number(m.group(1))), m.group());
            }
        }
        return null;
    }

    /**
     * The article's attackers, most often named first: the fallback for a frame that names none. Sentences about
     * attacks in general count too: "a wave of 440 drones sent by Russia" says who attacks.
     */
    private static List<Actor> attackers(List<SentenceReading> readings) {
        Map<Actor, Integer> counts = new LinkedHashMap<>();
        readings.stream().filter(SentenceReading::tellsOfAttacks).map(SentenceReading::attacker)
                .filter(java.util.Objects::nonNull).forEach(x -> counts.merge(x, 1, Integer::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<Actor, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    }

    /**
     * Every state named in attack sentences, most named first: the last fallback for an attacker, when
     * no sentence says who fired ("A cruise missile slammed into the block" in an article on Russian strikes).
     */
    private List<Actor> mentioned(List<SentenceReading> readings) {
        Map<Actor, Integer> counts = new LinkedHashMap<>();
        readings.stream().filter(SentenceReading::reportsAttack)
                .flatMap(r -> actors.all(r.words()).stream()).filter(x -> "state_forces".equals(x.type()))
                .forEach(x -> counts.merge(x, 1, Integer::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<Actor, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    }

    private List<Event> politicalEvents(EventIds ids, List<SentenceReading> readings) {
        List<Event> out = new ArrayList<>();
        for (SentenceReading r : readings) {
            String text = r.sentence().text();
            for (Lexicon.Match m : political.find(r.words())) {
                List<Actor> parties = actors.parties(r.words(), m.start());
                EventDate date = r.dates().isEmpty() ? EventDate.unknown(null) : r.dates().get(0).date();
                Location where = r.places().isEmpty() ? null : r.places().get(0).location();
                Sentence s = r.sentence();
                Evidence ev = new Evidence("plover", s.start(), s.end(), s.text());
                out.add(new Event(ids.id("political", m.value() + s.index()), Event.Category.POLITICAL, null, m.value(),
                        date, where, parties.isEmpty() ? null : parties.get(0), parties.size() > 1 ? parties.get(1) : null,
                        List.of(), List.of(), null, List.of(), sources.find(text), List.of(ev), 0.5));
                break;
            }
        }
        return out;
    }
}
