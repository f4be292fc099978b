package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.Pipeline;
import org.sitrep.decide.EventJudge;
import org.sitrep.decide.Training;
import org.sitrep.ingest.Articles;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep train}: learns the event model from labelled articles (each {@code <id>.txt} beside its
 * {@code <id>.gold.json}, as in shared/eval) and writes it for {@code extract --model} or as the bundled model.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the event model on labelled articles (<id>.txt beside <id>.gold.json; directories recursively).")
final class TrainCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "where to write the model (OpenNLP binary GIS model, e.g. model.bin)")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "directories (or files) of articles and their gold files")
    List<Path> roots;

    @Override
    public Integer call() throws IOException {
        Training training = Training.fromGold(roots);
        Pipeline pipeline = Pipeline.standard(EventJudge.keepAll());
        List<String> paths = roots.stream().map(Path::toString).toList();
        Articles reader = new Articles();
        int[] failed = {0};
        reader.read(paths, System.in, batch -> {
            batch.errors().forEach(e -> {
                failed[0]++;
                System.err.println("sitrep: " + e);
            });
            for (Article a : batch.articles()) {
                ArticleResult r = pipeline.process(a);
                training.add(r.article(), r.events());
            }
        });
        training.write(output);
        System.err.println("sitrep train: " + training.summary() + "; model written to " + output);
        return failed[0] == 0 ? 0 : 1;
    }
}
