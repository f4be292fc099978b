package org.sitrep.decide;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/**
 * Judges the attacks the rules found by a model trained on the labelled articles (see CONTRIBUTING.md, "The model"):
 * each gets the model's probability that it is a reported attack of its own as its confidence, and those under a
 * minimum confidence are dropped. The default minimum is 0, keeping every attack: measured by cross-validation, every
 * floor tried (0.2, 0.35, 0.5) lost more true attacks than false ones. Political events pass unchanged.
 */
public interface EventJudge {

    String BUNDLED = "/org/sitrep/decide/attack-events.bin";

    List<Event> judge(Article article, List<Event> events);

    /** The model trained on eval/dev and eval/dev2, shipped with sitrep, keeping every attack; fails at once if it is missing. */
    static EventJudge bundled() {
        return bundled(0);
    }

    /** The bundled model, dropping attacks whose confidence is under {@code minConfidence}. */
    static EventJudge bundled(double minConfidence) {
        try (InputStream in = EventJudge.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled event model is missing: " + BUNDLED);
            }
            return new MaxentJudge(in, minConfidence);
        } catch (IOException e) {
            throw new IllegalStateException("bundled event model is unreadable: " + BUNDLED + ": " + e.getMessage(), e);
        }
    }

    /** A model written by {@code sitrep train}, dropping attacks whose confidence is under {@code minConfidence}. */
    static EventJudge load(Path model, double minConfidence) throws IOException {
        if (!Files.isRegularFile(model)) {
            throw new IOException("event model not found: " + model);
        }
        try (InputStream in = Files.newInputStream(model)) {
            return new MaxentJudge(in, minConfidence);
        } catch (IOException | RuntimeException e) {
            throw new IOException("event model " + model + " is not a model written by sitrep train: " + e.getMessage(), e);
        }
    }

    /** Keeps every event the rules found: what a model is trained on. */
    static EventJudge keepAll() {
        return (article, events) -> events;
    }
}
