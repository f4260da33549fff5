package pl.miasto4.app.connect;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class RunLogPage {
    private final RunLog log;

    public RunLogPage(RunLog log) {
        this.log = log;
    }

    @GetMapping("/connect/runs")
    public String runs(@RequestParam(required = false) String connector, Model model) {
        model.addAttribute("runs", log.recent(connector == null || connector.isBlank() ? null : connector, 200));
        model.addAttribute("connector", connector);
        return "connect-runs";
    }
}
