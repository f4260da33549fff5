package pl.miasto4.app.dataset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.miasto4.app.web.ApiProblem;

import pl.miasto4.app.audit.AuditTrail;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping("/api/datasets")
@Tag(name = "Register of datasets and systems")
public class DatasetApi {
    private final DatasetRepository datasets;
    private final DatasetService service;

    public DatasetApi(DatasetRepository datasets, DatasetService service) {
        this.datasets = datasets;
        this.service = service;
    }

    @PutMapping("/{code}")
    @Operation(summary = "Add or update a register entry (login required)",
            description = "updateFrequency: annual, quarterly, monthly, weekly, daily, realtime or irregular; indicators must be catalogue codes.")
    public Entry put(@PathVariable String code, @RequestBody DatasetService.DatasetInput in, Principal principal) {
        Dataset after = service.put(code, in, principal.getName());
        return new Entry(after, after.stale(LocalDate.now()));
    }

    /** A register entry with its freshness. */
    public record Entry(Dataset dataset, boolean stale) {
    }

    @GetMapping
    @Operation(summary = "The register", description = "stale: not updated within its update frequency plus a grace period.")
    public List<Entry> list() {
        LocalDate today = LocalDate.now();
        return datasets.findAll().stream().map(d -> new Entry(d, d.stale(today))).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One dataset")
    public Entry get(@PathVariable String code) {
        Dataset d = datasets.find(code).orElseThrow(() -> ApiProblem.notFound("dataset", code));
        return new Entry(d, d.stale(LocalDate.now()));
    }
}
