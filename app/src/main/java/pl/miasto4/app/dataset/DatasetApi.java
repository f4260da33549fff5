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
    private static final Set<String> FREQUENCIES = Set.of("annual", "quarterly", "monthly", "weekly", "daily", "realtime", "irregular");

    private final DatasetRepository datasets;
    private final AuditTrail audit;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    public DatasetApi(DatasetRepository datasets, AuditTrail audit, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.datasets = datasets;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** A register entry as the API takes it. */
    public record DatasetInput(String namePl, String nameEn, String description, String owner, String updateFrequency,
                               String format, String licence, Boolean open, String url, LocalDate lastUpdated,
                               List<String> indicators) {
    }

    @PutMapping("/{code}")
    @Transactional
    @Operation(summary = "Add or update a register entry (login required)",
            description = "updateFrequency: annual, quarterly, monthly, weekly, daily, realtime or irregular; indicators must be catalogue codes.")
    public Entry put(@PathVariable String code, @RequestBody DatasetInput in, Principal principal) {
        List<String> problems = new ArrayList<>();
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            problems.add("code: only letters, digits, '_', '.' and '-'");
        }
        if (in.namePl() == null || in.namePl().isBlank()) {
            problems.add("namePl: required");
        }
        if (in.owner() == null || in.owner().isBlank()) {
            problems.add("owner: required");
        }
        if (in.updateFrequency() == null || !FREQUENCIES.contains(in.updateFrequency())) {
            problems.add("updateFrequency: must be one of " + FREQUENCIES);
        }
        if (in.lastUpdated() != null && in.lastUpdated().isAfter(LocalDate.now())) {
            problems.add("lastUpdated: in the future");
        }
        List<String> indicators = in.indicators() == null ? List.of() : in.indicators();
        for (String i : indicators) {
            if (jdbc.sql("SELECT count(*) FROM indicator WHERE code = ?").param(i).query(Long.class).single() == 0) {
                problems.add("indicators: unknown indicator " + i);
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-dataset", "Invalid dataset",
                    String.join("; ", problems), Map.of("problems", problems));
        }
        Dataset before = datasets.find(code).orElse(null);
        datasets.save(new Dataset(0, code, in.namePl(), in.nameEn(), in.description(), in.owner(), in.updateFrequency(),
                in.format(), in.licence(), Boolean.TRUE.equals(in.open()), in.url(), in.lastUpdated(), null, indicators));
        Dataset after = datasets.find(code).orElseThrow();
        audit.record(principal.getName(), before == null ? "create" : "update", "dataset", code, before, after);
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
