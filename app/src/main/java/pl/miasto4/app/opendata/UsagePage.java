package pl.miasto4.app.opendata;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The usage page: downloads and API calls per dataset over the last days, people and bots apart, and by day. */
@Controller
public class UsagePage {
    static final List<Integer> PERIODS = List.of(7, 30, 365);

    private final UsageCounter counter;
    private final UsageRepository usage;
    private final OpenDataCatalogue catalogue;

    public UsagePage(UsageCounter counter, UsageRepository usage, OpenDataCatalogue catalogue) {
        this.counter = counter;
        this.usage = usage;
        this.catalogue = catalogue;
    }

    /** A row of the page: the dataset's title in the reader's language (null for the whole catalogue). */
    public record Row(String id, String title, String landingPage, UsageRepository.DatasetUsage usage) {
    }

    @GetMapping("/opendata/usage")
    public String usage(@RequestParam(defaultValue = "30") int days, Model model, Locale locale) {
        int period = PERIODS.contains(days) ? days : 30;
        counter.flush(); // what was counted a moment ago shows at once
        LocalDate to = LocalDate.now(UsageCounter.ZONE);
        LocalDate from = to.minusDays(period - 1L);
        boolean english = "en".equals(locale.getLanguage());
        List<Row> rows = usage.byDataset(from, to).stream().map(u -> catalogue.dataset(u.dataset())
                .map(d -> new Row(d.id(), d.title(english), d.landingPage(), u))
                .orElse(new Row(u.dataset(), null, null, u))).toList();
        long[] total = new long[4];
        rows.forEach(r -> {
            total[0] += r.usage().downloads();
            total[1] += r.usage().botDownloads();
            total[2] += r.usage().apiCalls();
            total[3] += r.usage().botApiCalls();
        });
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("days", usage.byDay(from, to));
        model.addAttribute("period", period);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("datasetCount", catalogue.datasets().size());
        return "opendata/usage";
    }
}
