package pl.miasto4.maturity.assessment;

import pl.miasto4.maturity.Resources;
import pl.miasto4.maturity.model.ModelLibrary;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo assessments of the six cities of the research report (Warszawa, Kraków, Gdańsk,
 * Lublin, Rzeszów, Kielce), derived from their officials' interviews and citing the report.
 */
public final class DemoAssessments {
    private static final String DIR = "maturity/assessments/demo/";

    private DemoAssessments() {
    }

    public static List<Assessment> load(ModelLibrary models) {
        List<Assessment> out = new ArrayList<>();
        for (String file : Resources.index(DIR + "index.txt")) {
            out.add(AssessmentParser.parse(Resources.read(DIR + file), DIR + file, models::model).orThrow());
        }
        return out;
    }
}
