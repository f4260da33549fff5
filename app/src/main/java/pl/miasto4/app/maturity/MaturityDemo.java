package pl.miasto4.app.maturity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.miasto4.maturity.Resources;

/**
 * The demo maturity content: the six assessments derived from the report's interviews (shipped
 * in core, {@code maturity/assessments/demo/}), imported through the same path as a city's own
 * document, and the demo register of initiatives and pilots (real ones, each citing its source).
 */
@Component
public class MaturityDemo {
    static final String DIR = "maturity/assessments/demo/";

    private final JdbcClient jdbc;
    private final AssessmentService assessments;
    private final InitiativeService initiatives;
    private final TransactionTemplate tx;

    public MaturityDemo(JdbcClient jdbc, AssessmentService assessments, InitiativeService initiatives, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.initiatives = initiatives;
        this.tx = tx;
    }

    /** Loads the demo into a store without assessments; returns the number of assessments loaded. */
    public int loadIfEmpty() {
        Integer n = tx.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(4243)").query(Object.class).single();
            if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM maturity_assessment)").query(Boolean.class).single()) {
                return 0;
            }
            int count = 0;
            for (String file : Resources.index(DIR + "index.txt")) {
                assessments.importDocument(Resources.read(DIR + file), DIR + file, "demo");
                count++;
            }
            initiatives.loadDemo("demo");
            return count;
        });
        return n == null ? 0 : n;
    }
}
