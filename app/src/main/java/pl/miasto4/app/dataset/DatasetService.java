package pl.miasto4.app.dataset;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.app.web.ApiProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the register of datasets: validated first, then written with an audit event in one transaction. */
@Service
public class DatasetService {
    private static final Set<String> FREQUENCIES = Set.of("annual", "quarterly", "monthly", "weekly", "daily", "realtime", "irregular");

    private final DatasetRepository datasets;
    private final AuditTrail audit;

    public DatasetService(DatasetRepository datasets, AuditTrail audit) {
        this.datasets = datasets;
        this.audit = audit;
    }

    /** A register entry as the API takes it. */
    public record DatasetInput(String namePl, String nameEn, String description, String owner, String updateFrequency,
                               String format, String licence, Boolean open, String url, LocalDate lastUpdated,
                               List<String> indicators) {
    }

    /** Adds or updates a register entry; every problem with it is listed in one answer (422). */
    @Transactional
    public Dataset put(String code, DatasetInput in, String username) {
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
        for (String i : datasets.unknownIndicators(indicators)) {
            problems.add("indicators: unknown indicator " + i);
        }
        if (!problems.isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-dataset", "Invalid dataset",
                    String.join("; ", problems), Map.of("problems", problems));
        }
        Dataset before = datasets.find(code).orElse(null);
        datasets.save(new Dataset(0, code, in.namePl(), in.nameEn(), in.description(), in.owner(), in.updateFrequency(),
                in.format(), in.licence(), Boolean.TRUE.equals(in.open()), in.url(), in.lastUpdated(), null, indicators));
        Dataset after = datasets.find(code).orElseThrow();
        audit.record(username, before == null ? "create" : "update", "dataset", code, before, after);
        return after;
    }
}
