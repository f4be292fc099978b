package org.sitrep.decide;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/**
 * Decides which of the attacks the rules found an article reports as attacks of their own, by a model trained on
 * the labelled articles (see CONTRIBUTING.md, "The model"). Each kept attack carries the model's probability as its
 * confidence; political events pass unchanged.
 */
public interface EventJudge {

    String BUNDLED = "/org/sitrep/decide/attack-events.bin";

    List<Event> judge(Article article, List<Event> events);

    /** The model trained on eval/dev and eval/dev2, shipped with sitrep; fails at once if it is missing. */
    static EventJudge bundled() {
        try (InputStream in = EventJudge.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled event model is missing: " + BUNDLED);
            }
            return new MaxentJudge(in);
        } catch (IOException e) {
            throw new IllegalStateException("bundled event model is unreadable: " + BUNDLED + ": " + e.getMessage(), e);
        }
    }

    /** A model written by {@code sitrep train}. */
    static EventJudge load(Path model) throws IOException {
        if (!Files.isRegularFile(model)) {
            throw new IOException("event model not found: " + model);
        }
        try (InputStream in = Files.newInputStream(model)) {
            return new MaxentJudge(in);
        } catch (IOException | RuntimeException e) {
            throw new IOException("event model " + model + " is not a model written by sitrep train: " + e.getMessage(), e);
        }
    }

    /** Keeps every event the rules found: what a model is trained on. */
    static EventJudge keepAll() {
        return (article, events) -> events;
    }
}
