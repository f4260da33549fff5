package pl.miasto4.maturity;

import pl.miasto4.maturity.assessment.Assessment;
import pl.miasto4.maturity.assessment.AssessmentParser;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Test documents and the project's source report. */
public final class TestDocuments {
    private TestDocuments() {
    }

    public static MaturityModel tinyModel() {
        return ModelParser.parse(Resources.read("maturity/tiny-model.yaml"), "tiny-model.yaml").orThrow();
    }

    public static Assessment tinyAssessment() {
        MaturityModel model = tinyModel();
        return AssessmentParser.parse(Resources.read("maturity/tiny-assessment.yaml"), "tiny-assessment.yaml",
                id -> id.equals(model.id()) ? Optional.of(model) : Optional.empty()).orThrow();
    }

    /** The research report, docs/sources/002_report.txt, as lines (tests run in core/). */
    public static List<String> reportLines() {
        Path path = Path.of("..", "docs", "sources", "002_report.txt");
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the report is expected at " + path.toAbsolutePath(), e);
        }
    }
}
