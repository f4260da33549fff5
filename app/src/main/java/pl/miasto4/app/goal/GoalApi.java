package pl.miasto4.app.goal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.app.web.ApiProblem;
import pl.miasto4.indicator.Period;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api")
@Tag(name = "Goals and targets")
public class GoalApi {
    private final GoalRepository goals;
    private final TargetStatusService targets;
    private final AuditTrail audit;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    public GoalApi(GoalRepository goals, TargetStatusService targets, AuditTrail audit,
                   org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.goals = goals;
        this.targets = targets;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** A goal as the API takes it: operational goals name their strategic parent by code. */
    public record GoalInput(String level, String parentCode, String namePl, String nameEn, String description, String document) {
    }

    /** A target as the API takes it. */
    public record TargetInput(String goalCode, String indicatorCode, String unitCode, String baselinePeriod,
                              BigDecimal baselineValue, String targetPeriod, BigDecimal targetValue, String note) {
    }

    @PutMapping("/goals/{code}")
    @Transactional
    @Operation(summary = "Create or update a goal (login required)", description = "level: strategic (no parent) or operational (parentCode of a strategic goal).")
    public GoalRepository.Goal putGoal(@PathVariable String code, @RequestBody GoalInput in, Principal principal) {
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
        audit.record(principal.getName(), before == null ? "create" : "update", "strategy_goal", code, before, after);
        return after;
    }

    @PutMapping("/targets")
    @Transactional
    @Operation(summary = "Create or update a target (login required)",
            description = "One target per goal × indicator × unit; the target period must come after the baseline.")
    public TargetStatusService.TargetView putTarget(@RequestBody TargetInput in, Principal principal) {
        List<String> problems = new ArrayList<>();
        GoalRepository.Goal goal = goals.findAll().stream().filter(g -> g.code().equals(in.goalCode())).findFirst().orElse(null);
        if (goal == null) {
            problems.add("goalCode: unknown goal");
        }
        if (jdbc.sql("SELECT count(*) FROM indicator WHERE code = ?").param(in.indicatorCode()).query(Long.class).single() == 0) {
            problems.add("indicatorCode: unknown indicator");
        }
        if (jdbc.sql("SELECT count(*) FROM territorial_unit WHERE code = ?").param(in.unitCode()).query(Long.class).single() == 0) {
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
        reject(problems, "invalid-target", "Invalid target");
        TargetStatusService.TargetView before = targets.forUnit(in.unitCode()).stream()
                .filter(t -> t.goalId() == goal.id() && t.indicatorCode().equals(in.indicatorCode())).findFirst().orElse(null);
        long id = goals.saveTarget(goal.id(), in.indicatorCode(), in.unitCode(), base.period().toString(), in.baselineValue(),
                target.period().toString(), in.targetValue(), in.note());
        TargetStatusService.TargetView view = targets.all().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        audit.record(principal.getName(), before == null ? "create" : "update", "target", Long.toString(id), before, view);
        return view;
    }

    private static void reject(List<String> problems, String type, String title) {
        if (!problems.isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, type, title, String.join("; ", problems),
                    Map.of("problems", problems));
        }
    }

    @GetMapping("/goals")
    @Operation(summary = "Strategy goals", description = "Strategic goals have no parent; operational goals point to theirs.")
    public List<GoalRepository.Goal> goals() {
        return goals.findAll();
    }

    @GetMapping("/targets")
    @Operation(summary = "Targets with their status",
            description = "Status by Eurostat's method for quantified targets: actual vs required annual growth since the baseline.")
    public List<TargetStatusService.TargetView> targets(@RequestParam(required = false) String unit) {
        return unit == null ? targets.all() : targets.forUnit(unit);
    }
}
