package pl.miasto4.app.index;

import org.springframework.stereotype.Component;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.Framework;
import pl.miasto4.index.Node;
import pl.miasto4.index.StepRecord;
import pl.miasto4.index.audit.Audit;
import pl.miasto4.index.stats.Stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The statistical audit of a build as pages and the API show it: correlations, consistency, data availability, steps. */
@Component
public class IndexAudits {
    private final IndexLabels labels;

    public IndexAudits(IndexLabels labels) {
        this.labels = labels;
    }

    public IndexViews.AuditView audit(IndexRun run, Locale locale) {
        IndexLabels.Names names = labels.names(run, locale);
        Dataset d = run.results();
        Framework f = run.coin().framework();
        List<String> h = new ArrayList<>();
        List<IndexViews.ParentCorrelation> parent = new ArrayList<>();
        for (List<String> r : Audit.parentCorrelations(run.coin(), d, h)) {
            Double c = parse(r.get(3));
            parent.add(new IndexViews.ParentCorrelation(r.get(0), names.code(r.get(0)), Integer.parseInt(r.get(1)), r.get(2), c,
                    c != null && c < 0));
        }
        List<IndexViews.AggregateConsistency> consistency = new ArrayList<>();
        for (List<String> r : Audit.consistency(run.coin(), d, new ArrayList<>())) {
            consistency.add(new IndexViews.AggregateConsistency(r.get(0), names.code(r.get(0)), Integer.parseInt(r.get(1)), Integer.parseInt(r.get(2)),
                    parse(r.get(3)), parse(r.get(4)), Integer.parseInt(r.get(5))));
        }
        Dataset raw = run.coin().dataset(pl.miasto4.index.Coin.RAW);
        List<IndexViews.DataAvailability> byIndicator = new ArrayList<>();
        for (List<String> r : Audit.indicatorAvailability(raw, new ArrayList<>())) {
            byIndicator.add(new IndexViews.DataAvailability(r.get(0), names.code(r.get(0)), Integer.parseInt(r.get(1)),
                    Integer.parseInt(r.get(2)), Double.parseDouble(r.get(3))));
        }
        List<IndexViews.DataAvailability> byUnit = new ArrayList<>();
        for (List<String> r : Audit.unitAvailability(raw, new ArrayList<>())) {
            byUnit.add(new IndexViews.DataAvailability(r.get(0), names.unit(r.get(0)), Integer.parseInt(r.get(1)),
                    Integer.parseInt(r.get(2)), Double.parseDouble(r.get(3))));
        }
        byUnit.sort(Comparator.comparingDouble(IndexViews.DataAvailability::share).thenComparing(IndexViews.DataAvailability::name));
        List<IndexViews.StepReport> steps = new ArrayList<>();
        int k = 1;
        for (StepRecord s : run.coin().log()) {
            steps.add(new IndexViews.StepReport(k++, s.step().type(), s.wrote(), run.coin().datasets().containsKey(s.wrote()), s.reportHeader(),
                    s.reportRows()));
        }
        List<String> ind = f.indicatorCodes().stream().filter(d::has).toList();
        List<String> agg = new ArrayList<>();
        for (int l = 2; l < f.maxLevel(); l++) {
            f.level(l).stream().map(Node::code).filter(d::has).forEach(agg::add);
        }
        return new IndexViews.AuditView(parent, matrix(d, ind, names), agg.size() > 1 ? matrix(d, agg, names) : null, consistency,
                byIndicator, byUnit, steps);
    }

    static IndexViews.CorrelationMatrix matrix(Dataset d, List<String> codes, IndexLabels.Names names) {
        List<IndexViews.CorrelationCell> cells = new ArrayList<>();
        double[][] cols = d.columns(codes);
        for (int a = 0; a < cols.length; a++) {
            for (int b = 0; b < cols.length; b++) {
                double r = Stats.correlation(cols[a], cols[b]);
                if (!Double.isNaN(r)) {
                    cells.add(new IndexViews.CorrelationCell(a, b, r));
                }
            }
        }
        return new IndexViews.CorrelationMatrix(codes, codes.stream().map(names::code).toList(), cells);
    }

    private static Double parse(String s) {
        return s == null || s.equals("NA") ? null : IndexViews.num(Double.parseDouble(s));
    }
}
