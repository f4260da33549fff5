package pl.miasto4.app.opendata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import pl.miasto4.app.opendata.PublishedDataset.Distribution;
import pl.miasto4.app.opendata.PublishedDataset.Kind;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the product publishes, as catalogue entries: each indicator series per kind of unit (with its five
 * files), each pool of a counted participatory-budget edition (its anonymised pabulib file), each saved index
 * build (results and inputs as CSV) and each maturity assessment (answers and profile as JSON). Kept until the store
 * changes ({@link #version()}): a catalogue of 10,000 series is read once, not on every harvest request.
 */
@Service
public class OpenDataCatalogue {
    static final Locale PL = Locale.forLanguageTag("pl");
    static final Locale EN = Locale.ENGLISH;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The files of every series: format, file name, media type, EU file type, openness stars. */
    enum SeriesFormat {
        CSV("csv", "data.csv", "text/csv", "CSV", 3),
        CSV_PL("csv-pl", "data-pl.csv", "text/csv", "CSV", 3),
        XLSX_FILE("xlsx", "data.xlsx", XLSX, "XLSX", 2),
        JSON_STAT("json-stat", "data.jsonstat.json", "application/json", "JSON", 3),
        SDMX_CSV("sdmx-csv", "data.sdmx.csv", "text/csv", "CSV", 3);

        final String format;
        final String file;
        final String mediaType;
        final String fileType;
        final int openness;

        SeriesFormat(String format, String file, String mediaType, String fileType, int openness) {
            this.format = format;
            this.file = file;
            this.mediaType = mediaType;
            this.fileType = fileType;
            this.openness = openness;
        }

        static Optional<SeriesFormat> ofFile(String file) {
            for (SeriesFormat f : values()) {
                if (f.file.equals(file)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Named sets of units every series is also published for, besides one set per kind of unit. The voivodeship
     * capitals: the seats of the voivode or the regional assembly set by the act of 24 July 1998 on the three-tier
     * division of the state (Dz.U. 1998 nr 96 poz. 603), by TERYT code; Bydgoszcz and Toruń, Gorzów Wielkopolski and
     * Zielona Góra share the role.
     */
    static final List<OpenDataRepository.UnitSet> UNIT_SETS = List.of(new OpenDataRepository.UnitSet(
            "voivodeship_capitals", null, List.of("0264011", "0461011", "0463011", "0663011", "0861011", "0862011",
            "1061011", "1261011", "1465011", "1661011", "1863011", "2061011", "2261011", "2469011", "2661011", "2862011",
            "3064011", "3262011")));

    private final OpenDataRepository repository;
    private final MessageSource messages;
    /** Entries by the {@link #version() catalogue version} they were built for; only the newest is kept. */
    private final Cache<String, Entries> cache = Caffeine.newBuilder().maximumSize(1).executor(Runnable::run).build();
    /** How long a version read from the store is trusted before it is read again (downloads never wait on it longer). */
    static final Duration VERSION_CHECK = Duration.ofSeconds(1);
    private volatile String version;
    private volatile long versionReadAt;

    public OpenDataCatalogue(OpenDataRepository repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    /** The entries in catalogue order, and by identifier; series also by identifier to their store keys. */
    record Entries(List<PublishedDataset> list, Map<String, PublishedDataset> byId, Map<String, OpenDataRepository.Series> series,
                   Map<String, File> files) {
    }

    /** A file of the catalogue: the dataset and the distribution's format. */
    public record File(String dataset, String format) {
    }

    /** The dataset and format of the file at a download path (with its query, as the catalogue gives it). */
    public Optional<File> file(String path) {
        return Optional.ofNullable(entries().files().get(path));
    }

    public List<PublishedDataset> datasets() {
        return entries().list();
    }

    public Optional<PublishedDataset> dataset(String id) {
        return Optional.ofNullable(entries().byId().get(id));
    }

    /** The store keys (indicator and unit kind) of a series entry. */
    Optional<OpenDataRepository.Series> series(String id) {
        return Optional.ofNullable(entries().series().get(id));
    }

    /** Forgets the cached catalogue (after a change that should show at once, e.g. in tests). */
    public void refresh() {
        version = null;
        cache.invalidateAll();
    }

    /**
     * The version of what the catalogue describes ({@link OpenDataRepository#catalogueVersion()}), read from the store
     * at most once a second: entries and written catalogues are kept until it changes, so a change shows within a second.
     */
    public String version() {
        String v = version;
        long now = System.nanoTime();
        if (v == null || now - versionReadAt > VERSION_CHECK.toNanos()) {
            v = repository.catalogueVersion();
            version = v;
            versionReadAt = now;
        }
        return v;
    }

    private Entries entries() {
        return cache.get(version(), k -> build());
    }

    private Entries build() {
        labels.clear();
        List<PublishedDataset> list = new ArrayList<>();
        Map<String, OpenDataRepository.Series> series = new LinkedHashMap<>();
        for (OpenDataRepository.Series s : repository.series(UNIT_SETS)) {
            PublishedDataset d = series(s);
            list.add(d);
            series.put(d.id(), s);
        }
        repository.countedPbPools().forEach(p -> list.add(pb(p)));
        repository.indexBuilds().forEach(b -> list.add(index(b)));
        repository.assessments().forEach(a -> list.add(maturity(a)));
        Map<String, PublishedDataset> byId = new LinkedHashMap<>();
        Map<String, File> files = new java.util.HashMap<>();
        for (PublishedDataset d : list) {
            if (byId.putIfAbsent(d.id(), d) != null) {
                throw new IllegalStateException("two catalogue entries would be named " + d.id());
            }
            d.distributions().forEach(f -> files.put(f.path(), new File(d.id(), f.format())));
        }
        return new Entries(List.copyOf(list), byId, series, files);
    }

    /** Lower-case letters, digits, '-' and '_' (CKAN's rule for names). */
    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
    }

    /** Labels without arguments (format and kind names), looked up once per build, not once per series. */
    private final Map<String, String> labels = new java.util.concurrent.ConcurrentHashMap<>();

    private String label(Locale locale, String key) {
        return labels.computeIfAbsent(locale.getLanguage() + " " + key, k -> text(locale, key));
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private PublishedDataset series(OpenDataRepository.Series s) {
        String id = slug("ind-" + s.indicator() + "-" + s.unitSet().code());
        String kindPl = label(PL, "opendata.kind." + s.unitSet().code());
        String kindEn = label(EN, "opendata.kind." + s.unitSet().code());
        String source = s.source() == null ? "—" : s.source();
        List<Distribution> files = new ArrayList<>();
        for (SeriesFormat f : SeriesFormat.values()) {
            files.add(new Distribution(f.format, label(PL, "opendata.format." + f.format), label(EN, "opendata.format." + f.format),
                    "/opendata/datasets/" + id + "/" + f.file, f.mediaType, f.fileType, f.openness));
        }
        return new PublishedDataset(id, Kind.SERIES,
                text(PL, "opendata.series.title", s.namePl(), kindPl), text(EN, "opendata.series.title", s.nameEn(), kindEn),
                text(PL, "opendata.series.description", nonBlank(s.definitionPl(), s.namePl()), s.measure(), s.units(),
                        s.values(), source),
                text(EN, "opendata.series.description", nonBlank(s.definitionEn(), s.nameEn()), s.measure(), s.units(),
                        s.values(), source),
                s.frequency(), s.firstStart(), lastDay(s.lastStart(), s.frequency()), s.modified(),
                "/indicators/" + s.indicator(), theme(s.dimension()),
                keywords(s.indicator(), s.dimension(), s.unitSet().code()), files);
    }

    private static String nonBlank(String s, String otherwise) {
        return s == null || s.isBlank() ? otherwise : s;
    }

    /** The last day of the period that starts on {@code start}, by the indicator's frequency. */
    static LocalDate lastDay(LocalDate start, String frequency) {
        return switch (frequency) {
            case "annual" -> LocalDate.of(start.getYear(), 12, 31);
            case "quarterly" -> YearMonth.from(start).plusMonths(2).atEndOfMonth();
            case "monthly" -> YearMonth.from(start).atEndOfMonth();
            default -> start;
        };
    }

    private static List<String> keywords(String... words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (w != null) {
                out.add(w);
            }
        }
        return out;
    }

    /** The EU data theme (publications.europa.eu authority table "data-theme") of a dimension of the model. */
    static String theme(String dimension) {
        if (dimension == null) {
            return "GOVE";
        }
        return switch (dimension) {
            case "human_capital" -> "EDUC";
            case "social_cohesion" -> "SOCI";
            case "economy" -> "ECON";
            case "environment" -> "ENVI";
            case "mobility" -> "TRAN";
            case "urban_planning" -> "REGI";
            case "international_outreach" -> "INTR";
            case "technology" -> "TECH";
            default -> "GOVE";
        };
    }

    private PublishedDataset pb(OpenDataRepository.PbPool p) {
        String id = slug("pb-" + p.edition() + "-" + p.pool());
        String path = "/api/pb/editions/" + p.edition() + "/pools/" + p.pool() + "/export.pb";
        LocalDate start = p.votingStart() != null ? p.votingStart() : p.year() != null ? LocalDate.of(p.year(), 1, 1) : null;
        LocalDate end = p.votingEnd() != null ? p.votingEnd() : p.year() != null ? LocalDate.of(p.year(), 12, 31) : null;
        return new PublishedDataset(id, Kind.PB,
                text(PL, "opendata.pb.title", p.editionName(), p.poolName()), text(EN, "opendata.pb.title", p.editionName(), p.poolName()),
                text(PL, "opendata.pb.description", p.city()), text(EN, "opendata.pb.description", p.city()),
                "irregular", start, end, p.created(), "/pb/" + p.edition(), "GOVE",
                keywords("pabulib", p.city(), p.edition()),
                List.of(new Distribution("pb", text(PL, "opendata.format.pb"), text(EN, "opendata.format.pb"), path,
                        "text/plain", "TXT", 3)));
    }

    private PublishedDataset index(OpenDataRepository.IndexBuild b) {
        String id = "index-build-" + b.id();
        String base = "/api/index/builds/" + b.id();
        LocalDate day = b.asOf().toLocalDate();
        return new PublishedDataset(id, Kind.INDEX,
                text(PL, "opendata.index.title", b.name(), b.id()), text(EN, "opendata.index.title", b.name(), b.id()),
                text(PL, "opendata.index.description", b.target(), b.asOf().toLocalDate()),
                text(EN, "opendata.index.description", b.target(), b.asOf().toLocalDate()),
                "irregular", day, day, b.created(), "/index/builds/" + b.id(), "GOVE", keywords("index", b.target()),
                List.of(new Distribution("results-csv", text(PL, "opendata.format.results-csv"), text(EN, "opendata.format.results-csv"),
                                base + "/results.csv", "text/csv", "CSV", 3),
                        new Distribution("inputs-csv", text(PL, "opendata.format.inputs-csv"), text(EN, "opendata.format.inputs-csv"),
                                base + "/inputs.csv", "text/csv", "CSV", 3)));
    }

    private PublishedDataset maturity(OpenDataRepository.Assessment a) {
        String id = slug("maturity-" + a.code());
        String base = "/api/maturity/cities/" + a.unitCode();
        String query = "?assessment=" + a.id();
        String originPl = text(PL, "opendata.maturity.origin." + a.origin());
        String originEn = text(EN, "opendata.maturity.origin." + a.origin());
        return new PublishedDataset(id, Kind.MATURITY,
                text(PL, "opendata.maturity.title", a.unitName(), a.year(), a.modelNamePl()),
                text(EN, "opendata.maturity.title", a.unitName(), a.year(), a.modelNameEn()),
                text(PL, "opendata.maturity.description", a.modelNamePl(), a.modelVersion(), originPl),
                text(EN, "opendata.maturity.description", a.modelNameEn(), a.modelVersion(), originEn),
                "irregular", LocalDate.of(a.year(), 1, 1), LocalDate.of(a.year(), 12, 31), a.created(),
                "/maturity/assessments/" + a.id(), "GOVE", keywords("maturity", a.unitCode()),
                List.of(new Distribution("answers-json", text(PL, "opendata.format.answers-json"), text(EN, "opendata.format.answers-json"),
                                base + "/answers" + query, "application/json", "JSON", 3),
                        new Distribution("profile-json", text(PL, "opendata.format.profile-json"), text(EN, "opendata.format.profile-json"),
                                base + "/profile" + query, "application/json", "JSON", 3)));
    }
}
