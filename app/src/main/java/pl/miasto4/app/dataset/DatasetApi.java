package pl.miasto4.app.dataset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.miasto4.app.web.ApiProblem;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/datasets")
@Tag(name = "Register of datasets and systems")
public class DatasetApi {
    private final DatasetRepository datasets;

    public DatasetApi(DatasetRepository datasets) {
        this.datasets = datasets;
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
