package pl.miasto4.app.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.miasto4.app.web.ApiProblem;
import pl.miasto4.indicator.io.ImportProblem;

import java.security.Principal;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/indicators")
@Tag(name = "Indicator catalogue")
public class IndicatorApi {
    private final IndicatorRepository indicators;
    private final CatalogueService catalogue;

    public IndicatorApi(IndicatorRepository indicators, CatalogueService catalogue) {
        this.indicators = indicators;
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "List indicators", description = "Optionally of one of the 9 dimensions (e.g. mobility).")
    public List<Indicator> list(@RequestParam(required = false) String dimension) {
        return dimension == null ? indicators.findAll() : indicators.findByDimension(dimension);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One indicator")
    public Indicator get(@PathVariable String code) {
        return indicators.find(code).orElseThrow(() -> ApiProblem.notFound("indicator", code));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Create or update an indicator (login required)",
            description = "Validated like a catalogue file row; the change is recorded in the audit trail.")
    public Indicator put(@PathVariable String code, @RequestBody Indicator body, Principal principal) {
        if (body.code() != null && !body.code().equals(code)) {
            throw ApiProblem.badRequest("The code in the body (" + body.code() + ") differs from the code in the path (" + code + ").");
        }
        Indicator i = new Indicator(code, body.namePl(), body.nameEn(), body.definitionPl(), body.definitionEn(), body.unit(),
                body.polarity(), body.decimals(), body.frequency(), body.kind(), body.dimension(), body.iso37120(),
                body.iso37122(), body.iso37123(), body.u4ssc(), body.sdg(), body.source(), body.minValue(), body.maxValue());
        List<ImportProblem> problems = catalogue.save(i, principal.getName());
        if (!problems.isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-indicator", "Invalid indicator",
                    problems.size() + " problem(s): " + String.join("; ", problems.stream()
                            .map(p -> p.column() + ": " + p.reason()).toList()),
                    Map.of("problems", problems.stream().map(p -> Map.of("field", String.valueOf(p.column()),
                            "value", String.valueOf(p.value()), "reason", p.reason())).toList()));
        }
        return indicators.find(code).orElseThrow();
    }
}
