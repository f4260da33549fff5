package pl.miasto4.app.goal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Controller
public class GoalsPage {
    private final GoalRepository goals;
    private final TargetStatusService targets;

    public GoalsPage(GoalRepository goals, TargetStatusService targets) {
        this.goals = goals;
        this.targets = targets;
    }

    @GetMapping("/goals")
    public String goals(Model model) {
        List<GoalRepository.Goal> all = goals.findAll();
        model.addAttribute("strategic", all.stream().filter(g -> g.parentId() == null).toList());
        model.addAttribute("children", all.stream().filter(g -> g.parentId() != null)
                .collect(Collectors.groupingBy(GoalRepository.Goal::parentId)));
        Map<Long, List<TargetStatusService.TargetView>> byGoal = targets.all().stream()
                .collect(Collectors.groupingBy(TargetStatusService.TargetView::goalId, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("targets", byGoal);
        return "goals";
    }
}
