package pl.miasto4.app.maturity;

import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.app.cli.InputRejectedException;
import pl.miasto4.maturity.assessment.Assessment;
import pl.miasto4.maturity.assessment.AssessmentParser;
import pl.miasto4.maturity.document.Parsed;
import pl.miasto4.maturity.document.Problem;
import pl.miasto4.maturity.document.Problems;
import pl.miasto4.maturity.document.YamlMap;
import pl.miasto4.maturity.mapping.ModelMapping;
import pl.miasto4.maturity.model.Citation;
import pl.miasto4.maturity.model.CitationChecker;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelLibrary;
import pl.miasto4.maturity.model.ModelReaders;
import pl.miasto4.maturity.model.ModelParser;
import pl.miasto4.maturity.model.Source;
import pl.miasto4.maturity.roadmap.Action;
import pl.miasto4.maturity.roadmap.ActionCatalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate a maturity document: a model, an assessment, a model mapping or an action catalogue "
                + "(recognised by its 'schema'). Prints every problem as FILE:LINE:COLUMN: reason and exits 1 if there is any.",
                "Citations are also checked against their source text (the quote must occur in the cited lines) when the "
                        + "source's 'path' exists under --sources."})
public class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The YAML document to check.")
    Path file;

    @Option(names = "--sources", paramLabel = "DIR", description = "Directory that sources' 'path' is relative to "
            + "(default: the current directory).", defaultValue = ".")
    Path sourcesRoot;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No such file: " + file);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Cannot read " + file + ": " + e.getMessage());
        }
        String name = file.toString();
        ModelLibrary library = ModelLibrary.builtIn();
        Problems probe = new Problems(name);
        String schema = YamlMap.parse(text, probe).flatMap(m -> m.string("schema")).orElse("");
        List<String> problems = new ArrayList<>();
        String summary;
        switch (schema) {
            case ModelParser.SCHEMA -> {
                Parsed<MaturityModel> parsed = ModelParser.parse(text, name);
                collect(parsed.problems(), problems);
                summary = parsed.value().map(m -> {
                    List<Citation> cites = new ArrayList<>();
                    m.dimensions().forEach(d -> cites.addAll(d.citations()));
                    m.criteria().forEach(c -> cites.addAll(c.citations()));
                    return "maturity model " + m.id() + " " + m.version() + ": " + m.dimensions().size() + " dimensions, "
                            + m.criteria().count() + " criteria" + checkQuotes(m.sources(), cites, problems);
                }).orElse("");
            }
            case AssessmentParser.SCHEMA -> {
                Parsed<Assessment> parsed = AssessmentParser.parse(text, name, library::model);
                collect(parsed.problems(), problems);
                summary = parsed.value().map(a -> "assessment " + a.id() + " of " + a.city().name() + " under "
                        + a.modelId() + ": " + a.answers().size() + " answers"
                        + checkQuotes(sourcesOf(text, name), a.citations().toList(), problems)).orElse("");
            }
            case ModelMapping.SCHEMA -> {
                Parsed<ModelMapping> parsed = ModelMapping.parse(text, name, library::model);
                collect(parsed.problems(), problems);
                summary = parsed.value().map(m -> "mapping " + m.fromModel() + " → " + m.toModel() + ": "
                        + m.links().size() + " links").orElse("");
            }
            case ActionCatalogue.SCHEMA -> {
                Optional<MaturityModel> model = YamlMap.parse(text, new Problems(name)).flatMap(m -> m.string("model"))
                        .flatMap(library::model);
                if (model.isEmpty()) {
                    throw new InputRejectedException(name + ": the action catalogue names no shipped model in 'model'");
                }
                Parsed<ActionCatalogue> parsed = ActionCatalogue.parse(text, name, model.get());
                collect(parsed.problems(), problems);
                summary = parsed.value().map(c -> "action catalogue for " + c.modelId() + ": " + c.actions().size()
                        + " actions" + checkQuotes(sourcesOf(text, name),
                        c.actions().stream().flatMap((Action a) -> a.citations().stream()).toList(), problems)).orElse("");
            }
            default -> {
                collect(probe.list(), problems);
                problems.add(name + ":1:1: unknown or missing 'schema' (expected one of " + ModelParser.SCHEMA + ", "
                        + AssessmentParser.SCHEMA + ", " + ModelMapping.SCHEMA + ", " + ActionCatalogue.SCHEMA + ")");
                summary = "";
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join("\n", problems) + "\n" + name + ": " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems"));
        }
        spec.commandLine().getOut().println(name + ": valid " + summary);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private static void collect(List<Problem> found, List<String> into) {
        found.forEach(p -> into.add(p.toString()));
    }

    /** Checks quotes against every source whose file exists; says which were checked. */
    private String checkQuotes(List<Source> sources, List<Citation> citations, List<String> problems) {
        List<String> checked = new ArrayList<>();
        for (Source s : sources) {
            if (s.path().isBlank() || s.path().startsWith("http")) {
                continue;
            }
            Path path = sourcesRoot.resolve(s.path());
            if (!Files.isRegularFile(path)) {
                continue;
            }
            try {
                problems.addAll(new CitationChecker(s.id(), Files.readAllLines(path, StandardCharsets.UTF_8)).check(citations));
                checked.add(path.toString());
            } catch (IOException e) {
                problems.add(path + ": cannot read the source: " + e.getMessage());
            }
        }
        long count = citations.size();
        return checked.isEmpty() ? (count > 0 ? ", " + count + " citations (quotes not checked: no source file found)" : "")
                : ", " + count + " citations checked against " + String.join(", ", checked);
    }

    private static List<Source> sourcesOf(String text, String name) {
        return YamlMap.parse(text, new Problems(name)).map(doc -> List.copyOf(ModelReaders.sources(doc).values()))
                .orElse(List.of());
    }
}
