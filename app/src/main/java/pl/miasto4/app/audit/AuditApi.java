package pl.miasto4.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Audit trail")
public class AuditApi {
    private final AuditTrail audit;

    public AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    @Operation(summary = "Recent changes (login required)", description = "Who changed what and when, with the state before and after.")
    public List<AuditTrail.Event> recent(@RequestParam(required = false) String entity,
                                         @RequestParam(defaultValue = "100") int limit) {
        return audit.recent(Math.max(1, Math.min(limit, 1000)), entity);
    }
}
