package pl.miasto4.app.goal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api")
@Tag(name = "Goals and targets")
public class GoalApi {
    private final GoalRepository goals;
    private final TargetStatusService targets;

    public GoalApi(GoalRepository goals, TargetStatusService targets) {
        this.goals = goals;
        this.targets = targets;
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
