package pl.miasto4.survey;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import pl.miasto4.survey.design.DesignSpec;
import pl.miasto4.survey.design.Replicates;
import pl.miasto4.survey.estimate.Domain;
import pl.miasto4.survey.estimate.Estimator;
import pl.miasto4.survey.io.SurveyFile;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The engine's own bootstrap (R's draws cannot be repeated): its standard errors from 2,000
 * replicates against R's from 2,000 (tools/reference/survey_reference.R, bootstrap_check.csv),
 * which differ only by Monte Carlo error (about 2 % each, so 8 % is 3.5 standard deviations of the
 * difference); and the draws keep n_h PSUs per stratum.
 */
class ReplicateWeightsTest {
    static final Path API = Path.of("src/test/resources/survey/api");

    static SurveyDesign design(String which) {
        boolean strat = which.equals("strat");
        SurveyData data = SurveyFile.read(API.resolve(strat ? "apistrat.csv" : "apiclus1.csv"), which,
                Set.of("pw", "fpc", "api00", "enroll"), Set.of("stype", "dnum"));
        return SurveyDesign.of(data, strat ? new DesignSpec("pw", "stype", null, "fpc") : new DesignSpec("pw", null, "dnum", "fpc"));
    }

    @Test
    void bootstrapStandardErrorsAgreeWithRsWithinMonteCarloError() throws Exception {
        try (Reader in = Files.newBufferedReader(API.resolve("bootstrap_check.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String which = r.get("case");
                Estimator e = design(which).withReplicates(Replicates.Type.BOOTSTRAP, 2000, 7).estimator();
                double se = r.get("statistic").equals("mean") ? e.mean(r.get("variable"), Domain.ALL).se()
                        : e.total(r.get("variable"), Domain.ALL).se();
                double expected = Double.parseDouble(r.get("se"));
                assertThat(se).as(which + " " + r.get("statistic")).isCloseTo(expected, within(0.08 * expected));
            }
        }
    }

    @Test
    void eachReplicateDrawsAsManyPsusAsTheStratumHas() {
        SurveyDesign d = design("strat").withReplicates(Replicates.Type.BOOTSTRAP, 50, 3);
        Replicates reps = d.replicates();
        double[] w = d.weightsView();
        for (int r = 0; r < reps.count(); r++) {
            double[] draws = new double[3];
            for (int i = 0; i < w.length; i++) {
                draws[d.structure().stratum(i)] += reps.weights(r)[i] / w[i];
            }
            assertThat(draws).containsExactly(100, 50, 50); // E, H, M
        }
        // scale m/((m − 1)(B − 1)), m the harmonic mean of 100, 50, 50 = 60
        assertThat(reps.scale()).isCloseTo(60.0 / (59 * 49), within(1e-15));
    }

    @Test
    void jackknifeConstantsAreThoseOfR() {
        SurveyDesign d = design("clus1").withReplicates(Replicates.Type.JK1, 0, 0);
        // 15 districts of 757: scale (n − 1)/n · (N − n)/N
        assertThat(d.replicates().count()).isEqualTo(15);
        assertThat(d.replicates().scale()).isCloseTo(14.0 / 15 * (757 - 15) / 757.0, within(1e-15));
    }
}
