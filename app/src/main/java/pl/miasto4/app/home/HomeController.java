package pl.miasto4.app.home;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pl.miasto4.app.indicator.IndicatorRepository;
import pl.miasto4.app.observation.ObservationRepository;
import pl.miasto4.app.unit.UnitRepository;
import pl.miasto4.indicator.Dimension;

import java.time.Duration;
import java.util.Map;

@Controller
public class HomeController {
    private final ObservationRepository observations;
    private final UnitRepository units;
    private final IndicatorRepository indicators;

    public HomeController(ObservationRepository observations, UnitRepository units, IndicatorRepository indicators) {
        this.observations = observations;
        this.units = units;
        this.indicators = indicators;
        this.freshness = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(30)).build(any -> observations.freshness());
    }

    /** The home page's counts scan the whole store; they are recomputed at most every 30 seconds. */
    private final LoadingCache<Boolean, ObservationRepository.Freshness> freshness;

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("fresh", freshness.get(true));
        model.addAttribute("dimensions", Dimension.values());
        Map<String, long[]> counts = indicators.countsByDimension();
        model.addAttribute("counts", counts);
        model.addAttribute("catalogueSize", counts.values().stream().mapToLong(c -> c[0]).sum());
        model.addAttribute("cities", units.findByKind("city_county"));
        return "home";
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }
}
