package org.sitrep.decide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/**
 * Trains the event model: the attacks the rules find in labelled articles (run with {@link EventJudge#keepAll()}),
 * each labelled by whether a gold attack pairs with it as the scorer pairs them, go to OpenNLP's GIS maximum-entropy
 * trainer. GIS is deterministic, so the same articles in the same order give the same model file.
 */
public final class Training {

    private static final int ITERATIONS = 200;
    private final Map<String, Gold> gold;
    private final List<opennlp.tools.ml.model.Event> examples = new ArrayList<>();
    private int articles, unlabelled, positives;

    private Training(Map<String, Gold> gold) {
        this.gold = gold;
    }

    /** Reads every {@code *.gold.json} under the given files or directories. */
    public static Training fromGold(List<Path> roots) throws IOException {
        Map<String, Gold> gold = new HashMap<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                    Gold g = Gold.read(f);
                    if (gold.put(g.id(), g) != null) {
                        throw new IOException("gold id '" + g.id() + "' is given twice, again in " + f);
                    }
                }
            }
        }
        if (gold.isEmpty()) {
            throw new IOException("no *.gold.json files under " + roots);
        }
        return new Training(gold);
    }

    /** Adds one article's attacks as examples, when the article has a gold file; returns whether it had one. */
    public boolean add(Article article, List<Event> events) {
        Gold g = gold.get(article.id());
        if (g == null) {
            unlabelled++;
            return false;
        }
        articles++;
        Set<Integer> matched = GoldMatch.matched(g.attacks(), events);
        List<List<String>> features = AttackFeatures.of(article, events);
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).category() == Event.Category.ATTACK) {
                boolean keep = matched.contains(i);
                positives += keep ? 1 : 0;
                examples.add(new opennlp.tools.ml.model.Event(keep ? MaxentJudge.KEEP : MaxentJudge.DROP, features.get(i).toArray(String[]::new)));
            }
        }
        return true;
    }

    /** Trains on the examples added and writes the model (OpenNLP's binary GIS format). */
    public void write(Path out) throws IOException {
        if (positives == 0 || positives == examples.size()) {
            throw new IOException("cannot train: " + examples.size() + " attacks, " + positives
                    + " of them in the gold; both kinds are needed (are the gold files the articles' own?)");
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        MaxentModel model = trainer.train(ObjectStreamUtils.createObjectStream(examples));
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new GenericModelWriter((AbstractModel) model, out.toFile()).persist();
    }

    /** One line: how many articles, attacks and gold-paired attacks the model learns from. */
    public String summary() {
        return articles + " labelled articles (" + unlabelled + " without gold passed over), " + examples.size()
                + " attacks found by the rules, " + positives + " of them paired with a gold attack";
    }
}
