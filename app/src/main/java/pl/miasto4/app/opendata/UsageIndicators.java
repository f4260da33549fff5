package pl.miasto4.app.opendata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Service;
import pl.miasto4.app.importing.ImportReport;
import pl.miasto4.app.importing.ImportService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Fills the catalogue's usage indicators of the publishing city from the counts (people only, bots left out):
 * {@code open_data_downloads} and {@code open_data_api_calls} per month, {@code open_data_downloads_per_1000} and
 * {@code open_data_api_calls_per_capita} per year over the city's population in the store (the latest year
 * available up to that year). The current month and year are flagged provisional. Written as an ordinary import
 * (all or nothing, audited, a re-run with the same counts changes nothing), once a day at 02:30 and on demand.
 */
@Service
public class UsageIndicators implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(UsageIndicators.class);
    static final String SOURCE = "Miasto 4.0: open-data usage counts (bots excluded)";

    private final UsageCounter counter;
    private final UsageRepository usage;
    private final OpenDataRepository store;
    private final ImportService imports;
    private final OpenDataSettings settings;
    private final ScheduledExecutorService daily = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "open-data-indicators");
        t.setDaemon(true);
        return t;
    });

    public UsageIndicators(UsageCounter counter, UsageRepository usage, OpenDataRepository store, ImportService imports,
                           OpenDataSettings settings) {
        this.counter = counter;
        this.usage = usage;
        this.store = store;
        this.imports = imports;
        this.settings = settings;
        LocalDateTime now = LocalDateTime.now(UsageCounter.ZONE);
        LocalDateTime next = now.toLocalDate().atTime(LocalTime.of(2, 30));
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        daily.scheduleAtFixedRate(() -> {
            try {
                publish();
            } catch (RuntimeException | IOException e) {
                log.warn("open-data usage indicators not written: {}", e.getMessage());
            }
        }, Duration.between(now, next).toSeconds(), TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
    }

    /** The rows of the import: indicator, period, value, flags (long format of 'miasto import'). */
    String csv(LocalDate today) {
        StringBuilder sb = new StringBuilder("unit,indicator,period,value,flags,source\n");
        String city = settings.cityUnit();
        Map<Integer, long[]> years = new TreeMap<>();
        for (UsageRepository.MonthUsage m : usage.byMonth()) {
            String period = m.month().toString().substring(0, 7);
            String flags = m.month().getYear() == today.getYear() && m.month().getMonthValue() == today.getMonthValue() ? "p" : "";
            sb.append(row(city, "open_data_downloads", period, Long.toString(m.downloads()), flags));
            sb.append(row(city, "open_data_api_calls", period, Long.toString(m.apiCalls()), flags));
            long[] y = years.computeIfAbsent(m.month().getYear(), k -> new long[2]);
            y[0] += m.downloads();
            y[1] += m.apiCalls();
        }
        years.forEach((year, sums) -> store.population(city, year).ifPresent(population -> {
            String flags = year == today.getYear() ? "p" : "";
            java.math.BigDecimal pop = population;
            sb.append(row(city, "open_data_downloads_per_1000", year.toString(),
                    java.math.BigDecimal.valueOf(sums[0] * 1000L).divide(pop, 1, java.math.RoundingMode.HALF_UP).toPlainString(), flags));
            sb.append(row(city, "open_data_api_calls_per_capita", year.toString(),
                    java.math.BigDecimal.valueOf(sums[1]).divide(pop, 2, java.math.RoundingMode.HALF_UP).toPlainString(), flags));
        }));
        return sb.toString();
    }

    private static String row(String unit, String indicator, String period, String value, String flags) {
        return unit + "," + indicator + "," + period + "," + value + "," + flags + ",\"" + SOURCE + "\"\n";
    }

    /** Counts what is pending, then imports the indicators; returns the import's report. */
    public ImportReport publish() throws IOException {
        counter.flush();
        String csv = csv(LocalDate.now(UsageCounter.ZONE));
        ImportReport report = imports.importUpload("open-data-usage.csv",
                new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)), null, null, null, false, "opendata");
        if (report.rejected()) {
            log.warn("open-data usage indicators rejected: {}", report.summary());
        }
        return report;
    }

    @Override
    public void destroy() {
        daily.shutdownNow();
    }
}
