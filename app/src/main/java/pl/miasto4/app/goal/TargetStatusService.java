package pl.miasto4.app.goal;

import org.springframework.stereotype.Service;
import pl.miasto4.indicator.Period;
import pl.miasto4.indicator.TargetProgress;

import java.math.BigDecimal;
import java.util.List;

/** Targets with their status computed from the observations (Eurostat's method, see {@link TargetProgress}). */
@Service
public class TargetStatusService {
    private final GoalRepository goals;

    public TargetStatusService(GoalRepository goals) {
        this.goals = goals;
    }

    /** A target and where the indicator stands. */
    public record TargetView(long id, long goalId, String goalCode, String goalName, String indicatorCode, String indicatorName,
                             String unitCode, String unitName, String baselinePeriod, BigDecimal baselineValue,
                             String targetPeriod, BigDecimal targetValue, String latestPeriod, BigDecimal latestValue,
                             String note, TargetProgress.Assessment assessment) {
        public String statusCode() {
            return assessment.status().name().toLowerCase();
        }
    }

    public List<TargetView> all() {
        return goals.targets(null).stream().map(TargetStatusService::assess).toList();
    }

    public List<TargetView> forUnit(String unit) {
        return goals.targets(unit).stream().map(TargetStatusService::assess).toList();
    }

    private static TargetView assess(GoalRepository.TargetRow t) {
        TargetProgress.Assessment a;
        Period bp = Period.parse(t.baselinePeriod()).period();
        Period lp = t.latestPeriod() == null ? null : Period.parse(t.latestPeriod()).period();
        if (lp == null || lp.compareTo(bp) <= 0) {
            a = new TargetProgress.Assessment(TargetProgress.Status.NO_DATA, null, null, null, false, "no observation after the baseline");
        } else {
            a = TargetProgress.assess(bp.midYear(), t.baselineValue().doubleValue(), lp.midYear(), t.latestValue().doubleValue(),
                    Period.parse(t.targetPeriod()).period().midYear(), t.targetValue().doubleValue());
        }
        return new TargetView(t.id(), t.goalId(), t.goalCode(), t.goalName(), t.indicatorCode(), t.indicatorName(),
                t.unitCode(), t.unitName(), t.baselinePeriod(), t.baselineValue(), t.targetPeriod(), t.targetValue(),
                t.latestPeriod(), t.latestValue(), t.note(), a);
    }
}
