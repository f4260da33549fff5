package pl.miasto4.app.observation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.miasto4.app.web.ApiProblem;
import pl.miasto4.indicator.Dimension;
import pl.miasto4.indicator.Period;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

@RestController
@RequestMapping("/api/observations")
@Tag(name = "Observations")
public class ObservationApi {
    static final int MAX_PAGE_SIZE = 10_000;

    private final ObservationRepository repository;
    private final ObservationCsv csv;

    public ObservationApi(ObservationRepository repository, ObservationCsv csv) {
        this.repository = repository;
        this.csv = csv;
    }

    /** A page of observations; {@code next} is the link to the following page, null on the last one. */
    public record Page(List<Observation> items, int page, int size, boolean hasMore, String next) {
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "Observations, filtered and paged",
            description = "Current values by default; with asOf, the values the store held at that moment (history is never erased). "
                    + "Add format=csv (or csv-excel-pl) to download every matching row as CSV instead of a page.")
    public Page list(@RequestParam(name = "unit", required = false) List<String> units,
                     @RequestParam(name = "indicator", required = false) List<String> indicators,
                     @RequestParam(required = false) String dimension,
                     @Parameter(description = "first period, e.g. 2015") @RequestParam(required = false) String from,
                     @Parameter(description = "last period, e.g. 2023") @RequestParam(required = false) String to,
                     @Parameter(description = "ISO date-time, e.g. 2026-01-31T12:00:00Z")
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime asOf,
                     @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "100") int size) {
        if (page < 0) {
            throw ApiProblem.badRequest("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiProblem.badRequest("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        ObservationQuery q = query(units, indicators, dimension, from, to, asOf, page, size);
        List<Observation> rows = repository.find(q.withPage(page, size + 1));
        boolean more = rows.size() > size;
        List<Observation> items = more ? rows.subList(0, size) : rows;
        String next = more ? org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page + 1).build().toUriString() : null;
        return new Page(items, page, size, more, next);
    }

    @GetMapping(params = "format")
    @Operation(summary = "Observations as CSV", description = "format=csv: UTF-8, comma, dot decimals; format=csv-excel-pl: semicolon, decimal commas, BOM.")
    public void download(@RequestParam(name = "unit", required = false) List<String> units,
                         @RequestParam(name = "indicator", required = false) List<String> indicators,
                         @RequestParam(required = false) String dimension,
                         @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime asOf,
                         @RequestParam String format, HttpServletResponse response) throws IOException {
        ObservationCsv.Dialect dialect = switch (format) {
            case "csv" -> ObservationCsv.Dialect.STANDARD;
            case "csv-excel-pl" -> ObservationCsv.Dialect.EXCEL_PL;
            default -> throw ApiProblem.badRequest("format must be csv or csv-excel-pl, not '" + format + "'");
        };
        ObservationQuery q = query(units, indicators, dimension, from, to, asOf, 0, Integer.MAX_VALUE);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"observations.csv\"");
        Writer w = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        csv.write(q, w, dialect);
        w.flush();
    }

    @GetMapping("/history")
    @Operation(summary = "Every version of one value", description = "Oldest first; superseded versions carry supersededAt.")
    public List<Observation> history(@RequestParam String unit, @RequestParam String indicator, @RequestParam String period) {
        Period.Result p = Period.parse(period);
        if (!p.ok()) {
            throw ApiProblem.badRequest("period: " + p.error());
        }
        return repository.history(unit, indicator, p.period().toString());
    }

    static ObservationQuery query(List<String> units, List<String> indicators, String dimension, String from, String to,
                                  OffsetDateTime asOf, int page, int size) {
        if (dimension != null && Dimension.fromCode(dimension).isEmpty()) {
            throw ApiProblem.badRequest("dimension '" + dimension + "' is not one of the 9 dimensions");
        }
        for (String[] p : new String[][]{{"from", from}, {"to", to}}) {
            if (p[1] != null && !Period.parse(p[1]).ok()) {
                throw ApiProblem.badRequest(p[0] + ": " + Period.parse(p[1]).error());
            }
        }
        return new ObservationQuery(units == null ? List.of() : units, indicators == null ? List.of() : indicators,
                dimension == null ? null : Dimension.fromCode(dimension).get().code(), from, to, asOf, page, size);
    }
}
