package pl.miasto4.app.goal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


import java.security.Principal;
import java.util.List;

@RestController
@RequestMapping("/api")
@Tag(name = "Goals and targets")
public class GoalApi {
    private final GoalRepository goals;
    private final TargetStatusService targets;
    private final GoalService service;

    public GoalApi(GoalRepository goals, TargetStatusService targets, GoalService service) {
        this.goals = goals;
        this.targets = targets;
        this.service = service;
    }

    @PutMapping("/goals/{code}")
    @Operation(summary = "Create or update a goal (login required)", description = "level: strategic (no parent) or operational (parentCode of a strategic goal).")
    public GoalRepository.Goal putGoal(@PathVariable String code, @RequestBody GoalService.GoalInput in, Principal principal) {
        return service.putGoal(code, in, principal.getName());
    }

    @PutMapping("/targets")
    @Operation(summary = "Create or update a target (login required)",
            description = "One target per goal × indicator × unit; the target period must come after the baseline.")
    public TargetStatusService.TargetView putTarget(@RequestBody GoalService.TargetInput in, Principal principal) {
        return service.putTarget(in, principal.getName());
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
