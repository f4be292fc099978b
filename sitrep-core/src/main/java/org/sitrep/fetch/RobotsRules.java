package org.sitrep.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One site's robots.txt as it applies to one crawler (RFC 9309): the group naming the crawler's product
 * token, else the {@code *} group; the longest matching Allow or Disallow path wins, Allow on a tie;
 * {@code *} and {@code $} in paths; the non-standard Crawl-delay is kept for the politeness delay.
 */
final class RobotsRules {

    static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), Duration.ZERO);
    static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false, Pattern.compile("/.*"))), Duration.ZERO);

    private record Rule(String path, boolean allow, Pattern pattern) {
    }

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsRules(List<Rule> rules, Duration crawlDelay) {
        this.rules = rules;
        this.crawlDelay = crawlDelay;
    }

    /** The rules of {@code robotsTxt} for the crawler whose product token is {@code agent} (such as "sitrep"). */
    static RobotsRules parse(String robotsTxt, String agent) {
        String token = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>(), any = new ArrayList<>();
        Duration myDelay = null, anyDelay = null;
        boolean forMe = false, forAny = false, inAgents = false, sawMine = false;
        for (String raw : robotsTxt.split("\r?\n|\r")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    forMe = forAny = false;
                    inAgents = true;
                }
                String ua = value.toLowerCase(Locale.ROOT);
                forMe |= !ua.isEmpty() && !ua.equals("*") && token.startsWith(ua.split("/")[0]);
                forAny |= ua.equals("*");
                sawMine |= forMe;
                continue;
            }
            inAgents = false;
            if (key.equals("allow") || key.equals("disallow")) {
                if (value.isEmpty()) {
                    continue; // "Disallow:" with no path allows everything
                }
                Rule r = new Rule(value, key.equals("allow"), compile(value));
                if (forMe) {
                    mine.add(r);
                }
                if (forAny) {
                    any.add(r);
                }
            } else if (key.equals("crawl-delay")) {
                Duration d = seconds(value);
                if (forMe) {
                    myDelay = d;
                }
                if (forAny) {
                    anyDelay = d;
                }
            }
        }
        return sawMine ? new RobotsRules(mine, myDelay == null ? Duration.ZERO : myDelay)
                : new RobotsRules(any, anyDelay == null ? Duration.ZERO : anyDelay);
    }

    /** Whether the path (with its query) may be fetched. */
    boolean allows(String pathAndQuery) {
        String p = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule r : rules) {
            if (r.pattern().matcher(p).lookingAt()
                    && (best == null || r.path().length() > best.path().length() || r.path().length() == best.path().length() && r.allow())) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    Duration crawlDelay() {
        return crawlDelay;
    }

    private static Pattern compile(String path) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '*') {
                re.append(".*");
            } else if (c == '$' && i == path.length() - 1) {
                re.append("$");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    private static Duration seconds(String value) {
        try {
            double s = Double.parseDouble(value);
            return s > 0 && s < 3600 ? Duration.ofMillis((long) (s * 1000)) : Duration.ZERO;
        } catch (NumberFormatException e) {
            return Duration.ZERO; // an unreadable Crawl-delay sets none; the fetcher's own delay still applies
        }
    }
}
