package pl.miasto4.app.opendata;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

/** Open-data usage counts per day, dataset, distribution, channel and bot or not (V140). */
@Repository
public class UsageRepository {
    private final JdbcClient jdbc;

    public UsageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A count to add. */
    public record Count(LocalDate day, String dataset, String distribution, String channel, boolean bot, long count) {
    }

    /** Adds the counts in one statement. */
    public void add(List<Count> counts) {
        if (counts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO open_data_usage (day, dataset, distribution, channel, bot, count)
                SELECT * FROM unnest(?::date[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::bigint[])
                ON CONFLICT (day, dataset, distribution, channel, bot)
                DO UPDATE SET count = open_data_usage.count + excluded.count""")
                .params(counts.stream().map(c -> java.sql.Date.valueOf(c.day())).toArray(java.sql.Date[]::new),
                        counts.stream().map(Count::dataset).toArray(String[]::new),
                        counts.stream().map(Count::distribution).toArray(String[]::new),
                        counts.stream().map(Count::channel).toArray(String[]::new),
                        counts.stream().map(Count::bot).toArray(Boolean[]::new),
                        counts.stream().map(Count::count).toArray(Long[]::new))
                .update();
    }

    /** Usage of a dataset ('' for the catalogue as a whole) over a range of days. */
    public record DatasetUsage(String dataset, long downloads, long botDownloads, long apiCalls, long botApiCalls) {
    }

    private static final String SUMS = """
            coalesce(sum(count) FILTER (WHERE channel = 'download' AND NOT bot), 0) AS downloads,
            coalesce(sum(count) FILTER (WHERE channel = 'download' AND bot), 0) AS bot_downloads,
            coalesce(sum(count) FILTER (WHERE channel = 'api' AND NOT bot), 0) AS api,
            coalesce(sum(count) FILTER (WHERE channel = 'api' AND bot), 0) AS bot_api""";

    public List<DatasetUsage> byDataset(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT dataset, " + SUMS + " FROM open_data_usage WHERE day BETWEEN ? AND ? GROUP BY dataset "
                        + "ORDER BY coalesce(sum(count) FILTER (WHERE NOT bot), 0) DESC, dataset")
                .params(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to))
                .query((rs, n) -> new DatasetUsage(rs.getString("dataset"), rs.getLong("downloads"),
                        rs.getLong("bot_downloads"), rs.getLong("api"), rs.getLong("bot_api"))).list();
    }

    /** Usage of all datasets on one day. */
    public record DayUsage(LocalDate day, long downloads, long botDownloads, long apiCalls, long botApiCalls) {
    }

    public List<DayUsage> byDay(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT day, " + SUMS + " FROM open_data_usage WHERE day BETWEEN ? AND ? GROUP BY day ORDER BY day DESC")
                .params(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to))
                .query((rs, n) -> new DayUsage(rs.getObject("day", LocalDate.class), rs.getLong("downloads"),
                        rs.getLong("bot_downloads"), rs.getLong("api"), rs.getLong("bot_api"))).list();
    }

    /** People's downloads and API calls per calendar month (first day of the month), bots left out. */
    public record MonthUsage(LocalDate month, long downloads, long apiCalls) {
    }

    public List<MonthUsage> byMonth() {
        return jdbc.sql("""
                SELECT date_trunc('month', day)::date AS month,
                       coalesce(sum(count) FILTER (WHERE channel = 'download' AND NOT bot), 0) AS downloads,
                       coalesce(sum(count) FILTER (WHERE channel = 'api' AND NOT bot), 0) AS api
                FROM open_data_usage GROUP BY 1 ORDER BY 1""")
                .query((rs, n) -> new MonthUsage(rs.getObject("month", LocalDate.class), rs.getLong("downloads"),
                        rs.getLong("api"))).list();
    }
}
