package pl.miasto4.app.maturity.portfolio;

import pl.miasto4.app.maturity.assessment.RejectedInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.maturity.portfolio.Ahp;
import pl.miasto4.maturity.portfolio.TopsisScoring;
import pl.miasto4.maturity.portfolio.WeightedSumScoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The portfolio of a city: its initiatives, and its proposals scored for justification and
 * cost-effectiveness (seed 001 § 3 ust. 2 pkt 5) with AHP weights and a consistency ratio, then a
 * weighted sum or TOPSIS, showing how much each criterion counted.
 */
@Service
public class PortfolioService {
    /** Scoring criteria a city starts with (it can compare them pairwise, not rename them). */
    public static final List<String> CRITERIA = List.of("strategic_fit", "maturity_gain", "cost_effectiveness",
            "resident_benefit", "feasibility");

    private final InitiativeStore store;
    private final AuditTrail audit;

    public PortfolioService(InitiativeStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    public enum Method { WEIGHTED_SUM, TOPSIS }

    /** The city's pairwise comparison (equal importance until it saves its own) and the weights it gives. */
    public Ahp.Result weights(String unitCode) {
        return store.criteria(unitCode).map(c -> Ahp.weights(c.criteria(), c.matrix()))
                .orElseGet(() -> Ahp.weights(CRITERIA, equal(CRITERIA.size())));
    }

    public double[][] matrix(String unitCode) {
        return store.criteria(unitCode).map(InitiativeStore.SavedCriteria::matrix).orElseGet(() -> equal(CRITERIA.size()));
    }

    static double[][] equal(int n) {
        double[][] m = new double[n][n];
        for (double[] row : m) {
            Arrays.fill(row, 1.0);
        }
        return m;
    }

    /**
     * Saves the city's comparisons, given as the upper triangle a[i][j] (i &lt; j) on Saaty's scale
     * 1/9-9; the lower triangle is the reciprocal. An inconsistent matrix (CR &gt; 0.10) is saved
     * too, and flagged, because the judgement is the city's to revisit.
     */
    @Transactional
    public Ahp.Result saveComparisons(String unitCode, double[][] upper, String user) {
        int n = CRITERIA.size();
        RejectedInput.Collector p = new RejectedInput.Collector();
        if (upper.length != n) {
            throw RejectedInput.of("matrix", upper.length, "a " + n + "×" + n + " matrix over " + CRITERIA);
        }
        double[][] m = equal(n);
        for (int i = 0; i < n; i++) {
            if (upper[i].length != n) {
                throw RejectedInput.of("matrix[" + i + "]", upper[i].length, "a row of " + n + " comparisons");
            }
            for (int j = i + 1; j < n; j++) {
                double a = upper[i][j];
                if (!(a >= 1 / 9.0 - 1e-9 && a <= 9 + 1e-9)) {
                    p.add(CRITERIA.get(i) + " vs " + CRITERIA.get(j), a, "Saaty's scale runs from 1/9 to 9");
                } else {
                    m[i][j] = a;
                    m[j][i] = 1 / a;
                }
            }
        }
        p.throwIfAny();
        Ahp.Result before = weights(unitCode);
        store.saveCriteria(unitCode, CRITERIA, m, user);
        Ahp.Result after = Ahp.weights(CRITERIA, m);
        audit.record(user, "update", "portfolio_criteria", unitCode,
                AuditTrail.map("weights", before.weights(), "cr", before.consistencyRatio()),
                AuditTrail.map("matrix", m, "weights", after.weights(), "cr", after.consistencyRatio()));
        return after;
    }

    /** A scored proposal: rank, score and each criterion's contribution (weighted sum) or parts (TOPSIS). */
    public record ScoredProposal(int rank, InitiativeStore.Initiative initiative, double score,
                                 java.util.Map<String, Double> contributions, java.util.Map<String, TopsisScoring.Part> parts) {
    }

    public record Scoring(Method method, Ahp.Result weights, List<ScoredProposal> ranked,
                          List<InitiativeStore.Initiative> unrated) {
    }

    /** Scores the city's proposals that have a rating on every criterion; the others are listed as unrated. */
    public Scoring score(String unitCode, Method method) {
        Ahp.Result w = weights(unitCode);
        List<InitiativeStore.Initiative> proposals = store.list(unitCode).stream().filter(i -> "proposed".equals(i.status())).toList();
        List<InitiativeStore.Initiative> rated = new ArrayList<>();
        List<InitiativeStore.Initiative> unrated = new ArrayList<>();
        for (InitiativeStore.Initiative i : proposals) {
            (i.ratings().keySet().containsAll(w.criteria()) ? rated : unrated).add(i);
        }
        List<WeightedSumScoring.Proposal> input = rated.stream()
                .map(i -> new WeightedSumScoring.Proposal(i.code(), i.ratings())).toList();
        List<ScoredProposal> out = new ArrayList<>();
        java.util.function.Function<String, InitiativeStore.Initiative> byCode =
                code -> rated.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
        if (method == Method.TOPSIS) {
            for (TopsisScoring.Ranked r : TopsisScoring.rank(input, w)) {
                out.add(new ScoredProposal(r.rank(), byCode.apply(r.proposalId()), r.closeness(), java.util.Map.of(), r.parts()));
            }
        } else {
            for (WeightedSumScoring.Ranked r : WeightedSumScoring.rank(input, w)) {
                out.add(new ScoredProposal(r.rank(), byCode.apply(r.proposalId()), r.score(), r.contributions(), java.util.Map.of()));
            }
        }
        return new Scoring(method, w, out, unrated);
    }
}
