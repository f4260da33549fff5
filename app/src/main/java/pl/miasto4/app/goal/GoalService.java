package pl.miasto4.app.goal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.app.indicator.IndicatorRepository;
import pl.miasto4.app.unit.UnitRepository;
import pl.miasto4.app.web.ApiProblem;
import pl.miasto4.indicator.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes goals and targets: everything validated first, then written with an audit event in one transaction. */
@Service
public class GoalService {
    private final GoalRepository goals;
    private final TargetStatusService targets;
    private final IndicatorRepository indicators;
    private final UnitRepository units;
    private final AuditTrail audit;

    public GoalService(GoalRepository goals, TargetStatusService targets, IndicatorRepository indicators, UnitRepository units,
                       AuditTrail audit) {
        this.goals = goals;
        this.targets = targets;
        this.indicators = indicators;
        this.units = units;
        this.audit = audit;
    }

    /** A goal as the API takes it: operational goals name their strategic parent by code. */
    public record GoalInput(String level, String parentCode, String namePl, String nameEn, String description, String document) {
    }

    /** A target as the API takes it. */
    public record TargetInput(String goalCode, String indicatorCode, String unitCode, String kind, String baselinePeriod,
                              BigDecimal baselineValue, String targetPeriod, BigDecimal targetValue, String note) {
    }

    /** Creates or updates a goal; every problem with it is listed in one answer (422). */
    @Transactional
    public GoalRepository.Goal putGoal(String code, GoalInput in, String username) {
        List<String> problems = new ArrayList<>();
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            problems.add("code: only letters, digits, '_', '.' and '-'");
        }
        if (!"strategic".equals(in.level()) && !"operational".equals(in.level())) {
            problems.add("level: must be strategic or operational");
        }
        if (in.namePl() == null || in.namePl().isBlank()) {
            problems.add("namePl: required");
        }
        Long parentId = null;
        if ("operational".equals(in.level())) {
            GoalRepository.Goal parent = goals.findAll().stream().filter(g -> g.code().equals(in.parentCode())).findFirst().orElse(null);
            if (parent == null || !"strategic".equals(parent.level())) {
                problems.add("parentCode: must be the code of a strategic goal");
            } else {
                parentId = parent.id();
            }
        } else if (in.parentCode() != null) {
            problems.add("parentCode: a strategic goal has no parent");
        }
        reject(problems, "invalid-goal", "Invalid goal");
        GoalRepository.Goal before = goals.findAll().stream().filter(g -> g.code().equals(code)).findFirst().orElse(null);
        goals.saveGoal(code, in.level(), parentId, in.namePl(), in.nameEn(), in.description(), in.document());
        GoalRepository.Goal after = goals.findAll().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
        audit.record(username, before == null ? "create" : "update", "strategy_goal", code, before, after);
        return after;
    }

    /** Creates or updates a target (one per goal × indicator × unit); every problem is listed in one answer (422). */
    @Transactional
    public TargetStatusService.TargetView putTarget(TargetInput in, String username) {
        List<String> problems = new ArrayList<>();
        GoalRepository.Goal goal = goals.findAll().stream().filter(g -> g.code().equals(in.goalCode())).findFirst().orElse(null);
        if (goal == null) {
            problems.add("goalCode: unknown goal");
        }
        if (in.indicatorCode() == null || indicators.find(in.indicatorCode()).isEmpty()) {
            problems.add("indicatorCode: unknown indicator");
        }
        if (in.unitCode() == null || units.find(in.unitCode()).isEmpty()) {
            problems.add("unitCode: unknown territorial unit");
        }
        Period.Result base = Period.parse(in.baselinePeriod());
        Period.Result target = Period.parse(in.targetPeriod());
        if (!base.ok()) {
            problems.add("baselinePeriod: " + base.error());
        }
        if (!target.ok()) {
            problems.add("targetPeriod: " + target.error());
        }
        if (base.ok() && target.ok() && target.period().compareTo(base.period()) <= 0) {
            problems.add("targetPeriod: must come after the baseline period");
        }
        if (in.baselineValue() == null) {
            problems.add("baselineValue: required");
        }
        if (in.targetValue() == null) {
            problems.add("targetValue: required");
        }
        if (in.kind() == null || pl.miasto4.indicator.TargetProgress.Kind.fromCode(in.kind()).isEmpty()) {
            problems.add("kind: must be ceiling (not higher than), floor (not lower than) or point (the value to reach)");
        }
        reject(problems, "invalid-target", "Invalid target");
        TargetStatusService.TargetView before = targets.forUnit(in.unitCode()).stream()
                .filter(t -> t.goalId() == goal.id() && t.indicatorCode().equals(in.indicatorCode())).findFirst().orElse(null);
        long id = goals.saveTarget(goal.id(), in.indicatorCode(), in.unitCode(),
                pl.miasto4.indicator.TargetProgress.Kind.fromCode(in.kind()).orElseThrow().code(), base.period().toString(), in.baselineValue(),
                target.period().toString(), in.targetValue(), in.note());
        TargetStatusService.TargetView view = targets.all().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        audit.record(username, before == null ? "create" : "update", "target", Long.toString(id), before, view);
        return view;
    }

    private static void reject(List<String> problems, String type, String title) {
        if (!problems.isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, type, title, String.join("; ", problems),
                    Map.of("problems", problems));
        }
    }
}
