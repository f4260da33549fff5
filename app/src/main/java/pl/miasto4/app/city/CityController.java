package pl.miasto4.app.city;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import pl.miasto4.app.indicator.IndicatorRepository;
import pl.miasto4.app.unit.TerritorialUnit;
import pl.miasto4.app.unit.UnitRepository;

import java.util.Locale;

@Controller
public class CityController {
    private final UnitRepository units;
    private final CityService cities;
    private final CityTables tables;
    private final CityPageCache cache;
    private final IndicatorRepository indicators;

    public CityController(UnitRepository units, CityService cities, CityTables tables, CityPageCache cache,
                          IndicatorRepository indicators) {
        this.indicators = indicators;
        this.units = units;
        this.cities = cities;
        this.tables = tables;
        this.cache = cache;
    }

    @GetMapping("/cities")
    public String list(Model model) {
        model.addAttribute("cities", units.findByKind("city_county"));
        model.addAttribute("metro", units.findByKind("metro_area"));
        return "city/list";
    }

    @GetMapping("/cities/{code}")
    public String city(@PathVariable String code, Model model, Locale locale, HttpServletRequest request) {
        TerritorialUnit unit = units.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown unit " + code));
        model.addAttribute("unit", unit);
        model.addAttribute("parent", unit.parentCode() == null ? null : units.find(unit.parentCode()).orElse(null));
        model.addAttribute("children", units.children(code));
        // the store version the page filter read (anonymous readers), else read here
        long version = request.getAttribute(CityPageFilter.VERSION) instanceof Long v ? v : cache.current();
        java.util.List<pl.miasto4.app.indicator.Indicator> catalogue = cache.catalogue(version, indicators::findAll);
        java.util.Map<String, java.util.List<CityView>> view = cities.view(code, catalogue);
        model.addAttribute("overview", cities.overview(code, catalogue, view));
        model.addAttribute("dimensionTables", tables.render(view, locale, request.getContextPath()));
        return "city/city";
    }
}
