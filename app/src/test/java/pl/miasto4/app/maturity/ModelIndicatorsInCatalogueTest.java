package pl.miasto4.app.maturity;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import pl.miasto4.maturity.assessment.Assessment;
import pl.miasto4.maturity.assessment.DemoAssessments;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelLibrary;
import pl.miasto4.maturity.model.Polarity;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every indicator a shipped maturity model scores with exists in the default catalogue, with the
 * same direction: otherwise the store could never feed that criterion.
 */
class ModelIndicatorsInCatalogueTest {

    static Map<String, String> cataloguePolarities() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (var in = ModelIndicatorsInCatalogueTest.class.getClassLoader().getResourceAsStream("catalogue/indicators.csv");
             CSVParser csv = CSVParser.builder().setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                     .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord r : csv) {
                out.put(r.get("code"), r.get("polarity"));
            }
        }
        return out;
    }

    @Test
    void everyIndicatorOfEveryShippedModelIsInTheCatalogueWithTheSameDirection() throws IOException {
        Map<String, String> catalogue = cataloguePolarities();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (MaturityModel model : ModelLibrary.builtIn().models()) {
            for (var criterion : model.criteria().toList()) {
                for (var rule : criterion.indicators()) {
                    checked++;
                    String polarity = catalogue.get(rule.code());
                    String expected = rule.polarity() == Polarity.POSITIVE ? "higher_better" : "lower_better";
                    if (polarity == null) {
                        problems.add(model.id() + " " + criterion.id() + ": " + rule.code() + " is not in the catalogue");
                    } else if (!polarity.equals(expected)) {
                        problems.add(model.id() + " " + criterion.id() + ": " + rule.code() + " is " + polarity
                                + " in the catalogue but " + rule.polarity() + " in the model");
                    }
                }
            }
        }
        assertThat(checked).as("indicator rules in the shipped models").isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    @Test
    void indicatorValuesWrittenInTheDemoAssessmentsUseCatalogueCodes() throws IOException {
        Map<String, String> catalogue = cataloguePolarities();
        List<Assessment> demos = DemoAssessments.load(ModelLibrary.builtIn());
        assertThat(demos.stream().flatMap(a -> a.reportedIndicators().stream()).map(v -> v.code()))
                .isNotEmpty().allMatch(catalogue::containsKey);
    }
}
