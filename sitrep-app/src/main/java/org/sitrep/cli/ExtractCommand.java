package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ExtractionException;
import org.sitrep.Pipeline;
import org.sitrep.decide.EventJudge;
import org.sitrep.ingest.Articles;
import org.sitrep.ingest.IngestError;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleResult;
import org.sitrep.output.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep extract}: articles in, Event JSON out; bad inputs are reported and the rest goes on. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract events from articles (.txt, .md, .html, .htm, .jsonl, .jsonl.gz, .warc, .warc.gz, .rss, .atom, .xml; "
                + "directories recursively; - for stdin).")
final class ExtractCommand implements Callable<Integer> {

    enum Format { json, jsonl }

    @Option(names = "--format", defaultValue = "json", description = "json (indented; an array for several articles) or jsonl (one line per article). Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--model", paramLabel = "FILE", description = "an event model written by 'sitrep train' instead of the bundled one")
    Path model;

    @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "0",
            description = "drop attacks the event model gives a confidence under P (0 to 1). Default: ${DEFAULT-VALUE}, keep all")
    double minConfidence;

    @Mixin
    TimeLimit timeLimit;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or directories, or - for standard input")
    List<String> paths;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Pipeline pipeline = timeLimit.applyTo(Pipeline.standard(model == null ? EventJudge.bundled(minConfidence) : EventJudge.load(model, minConfidence)));
        List<IngestError> errors = new ArrayList<>();
        List<ArticleResult> pretty = new ArrayList<>();
        Articles reader = new Articles();
        Progress progress = new Progress("extract", paths.contains("-") ? 0 : reader.count(paths));
        int[] articles = {0};
        reader.read(paths, System.in, batch -> {
            progress.batch(batch);
            batch.errors().forEach(e -> {
                errors.add(e);
                progress.clearLine();
                System.err.println("sitrep: " + e);
            });
            for (Article a : batch.articles()) {
                ArticleResult r;
                try {
                    r = pipeline.process(a);
                } catch (RuntimeException e) {
                    IngestError failure = new IngestError(a.id(), 0, e instanceof ExtractionException
                            ? "not extracted: " + e.getMessage() : "extraction failed: " + e);
                    errors.add(failure);
                    System.err.println("sitrep: " + failure);
                    continue;
                }
                articles[0]++;
                if (format == Format.jsonl) {
                    out.println(EventJson.line(r));
                } else {
                    pretty.add(r);
                }
            }
            progress.step(articles[0]);
        });
        if (format == Format.json) {
            if (pretty.size() == 1) {
                out.println(EventJson.pretty(pretty.get(0)));
            } else {
                out.println("[");
                for (int i = 0; i < pretty.size(); i++) {
                    out.println(EventJson.pretty(pretty.get(i)) + (i + 1 < pretty.size() ? "," : ""));
                }
                out.println("]");
            }
        }
        out.flush();
        progress.clearLine();
        if (!errors.isEmpty()) {
            System.err.println("sitrep: " + Counted.of(articles[0], "article", "articles") + " extracted, "
                    + Counted.of(errors.size(), "input", "inputs") + " failed");
            return 1;
        }
        return 0;
    }
}
