package pl.miasto4.app.goal;

import org.springframework.stereotype.Service;
import pl.miasto4.app.web.PolishOrder;
import pl.miasto4.indicator.Period;
import pl.miasto4.indicator.TargetProgress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.Comparator;
import java.util.List;

/** Targets with their status computed from the observations (Eurostat's method, see {@link TargetProgress}). */
@Service
public class TargetStatusService {
    private final GoalRepository goals;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    public TargetStatusService(GoalRepository goals) {
        this(goals, Clock.systemUTC());
    }

    TargetStatusService(GoalRepository goals, Clock clock) {
        this.goals = goals;
        this.clock = clock;
    }

    /**
     * A target and where the indicator stands.
     *
     * @param kind          ceiling, floor or point
     * @param dataAgeYears  how old the latest value judged is: this year minus the latest period's year
     *                      (null without a latest value)
     */
    public record TargetView(long id, long goalId, String goalCode, String goalName, String indicatorCode, String indicatorName,
                             String unitCode, String unitName, String kind, String baselinePeriod, BigDecimal baselineValue,
                             String targetPeriod, BigDecimal targetValue, String latestPeriod, BigDecimal latestValue,
                             Integer dataAgeYears, String note, TargetProgress.Assessment assessment) {
        public String statusCode() {
            return assessment.status().name().toLowerCase();
        }

        /** The ratio as a whole percentage, for the sentence "N % of the progress needed each year". */
        public Long percentOfRequired() {
            return assessment.ratio() == null ? null : Math.round(assessment.ratio() * 100);
        }

        /** The year of the latest value judged ("dane z 2017"). */
        public Integer latestYear() {
            return latestPeriod == null ? null : Period.parse(latestPeriod).period().year();
        }
    }

    public List<TargetView> all() {
        return sorted(goals.targets(null).stream().map(this::assess).toList());
    }

    public List<TargetView> forUnit(String unit) {
        return goals.targets(unit).stream().map(this::assess).toList();
    }

    /** Goal, indicator, then city names in Polish alphabetical order (Łódź after Lublin, Żory last). */
    private static List<TargetView> sorted(List<TargetView> views) {
        Comparator<String> pl = PolishOrder.comparator();
        return views.stream().sorted(Comparator.comparing(TargetView::goalCode).thenComparing(TargetView::indicatorCode)
                .thenComparing(TargetView::unitName, pl)).toList();
    }

    private TargetView assess(GoalRepository.TargetRow t) {
        Period bp = Period.parse(t.baselinePeriod()).period();
        Period lp = t.latestPeriod() == null ? null : Period.parse(t.latestPeriod()).period();
        TargetProgress.Kind kind = TargetProgress.Kind.fromCode(t.kind()).orElse(TargetProgress.Kind.POINT);
        double latest = t.latestValue() == null ? Double.NaN : t.latestValue().doubleValue();
        TargetProgress.Assessment a = TargetProgress.assess(kind, bp, t.baselineValue().doubleValue(), lp, latest,
                Period.parse(t.targetPeriod()).period(), t.targetValue().doubleValue(), tolerance(t.targetValue()));
        Integer age = lp == null ? null : Year.now(clock).getValue() - lp.year();
        return new TargetView(t.id(), t.goalId(), t.goalCode(), t.goalName(), t.indicatorCode(), t.indicatorName(),
                t.unitCode(), t.unitName(), kind.code(), t.baselinePeriod(), t.baselineValue(), t.targetPeriod(), t.targetValue(),
                t.latestPeriod(), t.latestValue(), age, t.note(), a);
    }

    /** Half a unit of the target's last stated digit: a point target of 50 is met by 49.5 to 50.5, of 2.0 by 1.95 to 2.05. */
    static double tolerance(BigDecimal target) {
        return BigDecimal.ONE.movePointLeft(Math.max(0, target.stripTrailingZeros().scale())).doubleValue() / 2;
    }
}
