package pl.miasto4.app.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.miasto4.app.web.ApiProblem;

import java.util.List;

@RestController
@RequestMapping("/api/units")
@Tag(name = "Territorial units")
public class UnitApi {
    private final UnitRepository units;

    public UnitApi(UnitRepository units) {
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "List territorial units", description = "Optionally of one kind: country, voivodeship, county, city_county, gmina, district, metro_area.")
    public List<TerritorialUnit> list(@RequestParam(required = false) String kind) {
        return kind == null ? units.findAll() : units.findByKind(kind);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One territorial unit")
    public TerritorialUnit get(@PathVariable String code) {
        return units.find(code).orElseThrow(() -> ApiProblem.notFound("territorial unit", code));
    }
}
