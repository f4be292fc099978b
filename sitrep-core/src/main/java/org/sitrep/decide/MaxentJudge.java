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

/**
 * Gives each attack the maximum-entropy model's probability that it is a reported attack of its own as its confidence,
 * and keeps those at or above a floor.
 */
final class MaxentJudge implements EventJudge {

    static final String KEEP = "attack", DROP = "not";
    private final MaxentModel model;
    private final double floor;

    MaxentJudge(InputStream in, double floor) throws IOException {
        if (floor < 0 || floor > 1) {
            throw new IllegalArgumentException("minimum confidence must be in [0,1]: " + floor);
        }
        this.floor = floor;
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
            if (p >= floor) {
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
