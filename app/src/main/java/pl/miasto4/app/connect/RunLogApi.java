package pl.miasto4.app.connect;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/connect/runs")
@Tag(name = "Connectors")
public class RunLogApi {
    private final RunLog log;

    public RunLogApi(RunLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "The run log of connectors and imports, latest first",
            description = "What ran (connector, source), when, what it was read as, what changed (rows added, corrected, "
                    + "unchanged) and, for a refused or failed run, why (the first problems: file, line, column, value, reason).")
    public List<ConnectorRun> runs(@RequestParam(required = false) String connector,
                                   @RequestParam(defaultValue = "100") int limit) {
        return log.recent(connector == null || connector.isBlank() ? null : connector, limit);
    }
}
