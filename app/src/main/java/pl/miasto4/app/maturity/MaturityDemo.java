package pl.miasto4.app.maturity;

import pl.miasto4.app.maturity.assessment.AssessmentService;
import pl.miasto4.app.maturity.assessment.AssessmentStore;
import pl.miasto4.app.maturity.portfolio.InitiativeService;

import pl.miasto4.app.db.AdvisoryLocks;
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

    private final AdvisoryLocks locks;
    private final AssessmentStore store;
    private final AssessmentService assessments;
    private final InitiativeService initiatives;
    private final TransactionTemplate tx;

    public MaturityDemo(AdvisoryLocks locks, AssessmentStore store, AssessmentService assessments, InitiativeService initiatives, TransactionTemplate tx) {
        this.locks = locks;
        this.store = store;
        this.assessments = assessments;
        this.initiatives = initiatives;
        this.tx = tx;
    }

    /** Loads the demo into a store without assessments; returns the number of assessments loaded. */
    public int loadIfEmpty() {
        Integer n = tx.execute(status -> {
            locks.holdUntilCommit(4243);
            if (store.any()) {
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
