package pl.miasto4.app.city;

import org.springframework.stereotype.Service;
import pl.miasto4.app.goal.TargetStatusService;
import pl.miasto4.app.indicator.Indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles the city page: every catalogue indicator by dimension, with the unit's data where there is any. */
@Service
public class CityService {
    private final CityRepository repository;
    private final TargetStatusService targets;
    private final pl.miasto4.app.web.Formats formats;

    public CityService(CityRepository repository, TargetStatusService targets,
                       pl.miasto4.app.web.Formats formats) {
        this.repository = repository;
        this.targets = targets;
        this.formats = formats;
    }

    /** A unit's values of one indicator, oldest first, and the flags of the latest. */
    private record Series(List<String> periods, List<BigDecimal> values, String latestFlags) {
    }

    /** The catalogue's indicators (in page order) grouped by dimension code, each with this unit's series. */
    public Map<String, List<CityView>> view(String unitCode, List<Indicator> catalogue) {
        Map<String, Series> byIndicator = new HashMap<>();
        repository.series(unitCode).forEach((indicator, raw) -> {
            List<String> periods = List.of(raw.periods().split(" "));
            String[] texts = raw.values().split(" ");
            List<BigDecimal> values = new ArrayList<>(texts.length);
            for (String v : texts) {
                values.add(v.equals("-") ? null : number(v));
            }
            byIndicator.put(indicator, new Series(periods, values, raw.latestFlags()));
        });
        Map<String, TargetStatusService.TargetView> unitTargets = new HashMap<>();
        for (TargetStatusService.TargetView t : targets.forUnit(unitCode)) {
            unitTargets.putIfAbsent(t.indicatorCode(), t);
        }
        Map<String, List<CityView>> out = new LinkedHashMap<>();
        for (Indicator i : catalogue) {
            Series s = byIndicator.get(i.code());
            String dim = i.dimension() == null ? "unclassified" : i.dimension();
            CityView v;
            if (s == null) {
                v = new CityView(i, null, null, "", List.of(), null, unitTargets.get(i.code()), "");
            } else {
                int last = s.periods().size() - 1;
                v = new CityView(i, s.periods().get(last), s.values().get(last), s.latestFlags(), s.values(),
                        s.periods().get(0), unitTargets.get(i.code()), formats.sparkline(s.values()));
            }
            if (s != null || i.dimension() != null) {
                out.computeIfAbsent(dim, k -> new ArrayList<>()).add(v);
            }
        }
        return out;
    }

    /** A stored value as text; PostgreSQL's numeric also knows NaN and infinities, which have no place on the page. */
    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
