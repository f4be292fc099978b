package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;

/**
 * Drops boilerplate paragraphs, strips stock lead-ins from the first paragraph, takes a leading
 * headline as the title when the source gave none, and keeps a "Published by NAME" line as the author.
 * Paragraphs are rejoined with one blank line, so the cleaned text is what offsets refer to.
 */
final class BoilerplateCleaner implements Cleaner {

    private static final Pattern PUBLISHED_BY = Pattern.compile("(?i)^published by\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})$");
    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");
    /**
     * Where a paragraph ends: a blank line, or a line break before an item of a list ("1. ...", "- ...", "• ...") or
     * after a line that opens one ("The following were killed:"): each item is told apart.
     */
    private static final Pattern LIST_LINE = Pattern.compile("\\n\\s*\\n|(?<=:)[ \\t]*\\n\\s*|\\n[ \\t]*(?=(?:\\d{1,3}[.)]|[-•*–])[ \\t]+\\S)");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    private final List<Pattern> boilerplate;
    private final List<String> leadIns;
    private final List<Pattern> stampLines;

    BoilerplateCleaner(List<String> boilerplate, List<String> leadIns, List<String> stampLines) {
        this.boilerplate = whole(boilerplate);
        this.stampLines = whole(stampLines);
        this.leadIns = leadIns.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /** Patterns that must match a whole paragraph or line, case-insensitive. */
    private static List<Pattern> whole(List<String> patterns) {
        return patterns.stream().map(p -> Pattern.compile("^(?:" + p + ")$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }

    /** A paragraph's lines joined by one space, runs of spaces made one; the patterns run only where they can match. */
    private static String oneLine(String p) {
        String joined = p.indexOf('\n') >= 0 ? LINE_BREAK.matcher(p).replaceAll(" ") : p;
        return joined.contains("  ") || joined.indexOf('\t') >= 0 ? SPACES.matcher(joined).replaceAll(" ") : joined;
    }

    @Override
    public Article clean(Article article) {
        String author = article.author();
        String title = article.title();
        List<String> kept = new ArrayList<>();
        for (String para : LIST_LINE.split(article.text())) {
            String p = oneLine(withoutStampLines(withoutTitleLines(para, title)).strip());
            if (p.isEmpty()) {
                continue;
            }
            Matcher by = PUBLISHED_BY.matcher(p);
            if (by.matches() && author == null) {
                author = by.group(1);
            }
            if (boilerplate.stream().anyMatch(b -> b.matcher(p).matches())) {
                continue;
            }
            if (kept.isEmpty() && title == null && looksLikeHeadline(p)) {
                title = p;
                continue;
            }
            kept.add(kept.isEmpty() ? stripLeadIn(p) : p);
        }
        return new Article(article.id(), article.url(), title, article.published(), article.category(),
                author, article.language(), String.join("\n\n", kept));
    }

    /** A paragraph without its timestamp lines ("Reuters Published 03 Dec, 2023 01:46pm") wherever they stand. */
    private String withoutStampLines(String paragraph) {
        if (stampLines.isEmpty()) {
            return paragraph;
        }
        List<String> lines = new ArrayList<>();
        for (String line : paragraph.split("\n")) {
            String l = line.strip();
            if (stampLines.stream().noneMatch(p -> p.matcher(l).matches())) {
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }

    /**
     * A paragraph without the lines that repeat the title word for word: a web page shows its headline again above
     * the story and under its photo ("Attacks kill 3 over past day" before a caption naming a region), which would
     * tie the headline's totals to the caption's place.
     */
    private static String withoutTitleLines(String paragraph, String title) {
        if (title == null || title.isBlank() || !paragraph.contains(title.strip())) {
            return paragraph;
        }
        String t = title.strip();
        return paragraph.lines().filter(l -> !l.strip().equalsIgnoreCase(t)).collect(java.util.stream.Collectors.joining("\n"));
    }

    private String stripLeadIn(String paragraph) {
        String p = paragraph;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String lower = p.toLowerCase(Locale.ROOT);
            for (String lead : leadIns) {
                if (lower.startsWith(lead)) {
                    p = p.substring(lead.length()).strip();
                    stripped = true;
                    break;
                }
            }
        }
        return p.isEmpty() ? paragraph : p;
    }

    /** A first paragraph that is short, unpunctuated at its end and mostly capitalised words. */
    static boolean looksLikeHeadline(String p) {
        if (p.length() > 200 || p.matches(".*[.!?:\"”]$")) {
            return false;
        }
        String[] words = p.split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count();
        return words.length >= 3 && capitalised * 2 >= words.length;
    }
}
