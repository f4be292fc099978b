package org.sitrep.decide;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

import org.sitrep.model.Article;
import org.sitrep.model.Event;

/** Keeps an attack when the maximum-entropy model gives its being a reported attack of its own at least even odds. */
final class MaxentJudge implements EventJudge {

    static final String KEEP = "attack", DROP = "not";
    private static final double THRESHOLD = 0.5;
    private final MaxentModel model;

    MaxentJudge(InputStream in) throws IOException {
        this.model = new GenericModelReader(new BinaryFileDataReader(in)).getModel();
        if (model.getIndex(KEEP) < 0 || model.getIndex(DROP) < 0) {
            throw new IOException("model outcomes are not '" + KEEP + "' and '" + DROP + "'");
        }
    }

    @Override
    public List<Event> judge(Article article, List<Event> events) {
        List<List<String>> features = AttackFeatures.of(article, events);
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.category() != Event.Category.ATTACK) {
                out.add(e);
                continue;
            }
            double p = model.eval(features.get(i).toArray(String[]::new))[model.getIndex(KEEP)];
            if (p >= THRESHOLD) {
                out.add(withConfidence(e, Math.round(p * 1000) / 1000.0));
            }
        }
        return out;
    }

    private static Event withConfidence(Event e, double p) {
        return new Event(e.id(), e.category(), e.acled(), e.plover(), e.date(), e.location(), e.initiator(), e.target(), e.weapons(),
                e.targets(), e.casualties(), e.damage(), e.sources(), e.evidence(), p);
    }
}
