package pl.miasto4.lake;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses incoming batches into lake rows, checking every row first: the first bad row rejects the whole
 * batch ({@link BatchRejectedException}) before anything is written.
 */
public final class Batches {
    public static final ZoneId CITY_ZONE = ZoneId.of("Europe/Warsaw");
    static final Set<String> OPEN311_STATUSES = Set.of("open", "closed");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Batches() {}

    /** City-card events from CSV with header {@code event_id,card_id,service,place,time,tariff}. */
    public static List<LakeRow> cardEventsCsv(Reader csv, CardHasher hasher) {
        List<LakeRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setTrim(true).get().parse(csv)) {
            int n = 0;
            for (CSVRecord r : parser) {
                n++;
                Map<String, String> m = new LinkedHashMap<>();
                for (String h : parser.getHeaderNames()) m.put(h, r.isSet(h) ? r.get(h) : null);
                rows.add(cardEvent(n, m, hasher));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new BatchRejectedException(rows.size() + 1, "-", "bad_format", e.getMessage());
        }
        return rows;
    }

    /** City-card events from a JSON array of objects with the CSV's field names. */
    public static List<LakeRow> cardEventsJson(Reader json, CardHasher hasher) {
        JsonNode root = readJson(json);
        List<LakeRow> rows = new ArrayList<>();
        int n = 0;
        for (JsonNode o : root) {
            n++;
            Map<String, String> m = new LinkedHashMap<>();
            for (String f : List.of("event_id", "card_id", "service", "place", "time", "tariff")) {
                JsonNode v = o.get(f);
                m.put(f, v == null || v.isNull() ? null : v.asString());
            }
            rows.add(cardEvent(n, m, hasher));
        }
        return rows;
    }

    static LakeRow cardEvent(int row, Map<String, String> m, CardHasher hasher) {
        String id = required(row, m, "event_id");
        String card = required(row, m, "card_id");
        String service = required(row, m, "service");
        String place = required(row, m, "place");
        String tariff = required(row, m, "tariff");
        OffsetDateTime t = time(row, "time", required(row, m, "time"));
        return new LakeRow(t.atZoneSameInstant(CITY_ZONE).toLocalDate(), new Object[] {
                id, hasher.hash(card), service, place, utc(t), t.toEpochSecond(), tariff });
    }

    /** Open311 GeoReport v2 {@code requests.json}: an array of service requests (fields per the spec). */
    public static List<LakeRow> open311Json(Reader json) {
        JsonNode root = readJson(json);
        List<LakeRow> rows = new ArrayList<>();
        int n = 0;
        for (JsonNode o : root) {
            n++;
            Map<String, String> m = new LinkedHashMap<>();
            o.properties().forEach(e -> m.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asString()));
            String id = required(n, m, "service_request_id");
            String status = required(n, m, "status").toLowerCase();
            if (!OPEN311_STATUSES.contains(status)) throw new BatchRejectedException(n, "status", "bad_value", status);
            OffsetDateTime requested = time(n, "requested_datetime", required(n, m, "requested_datetime"));
            OffsetDateTime updated = m.get("updated_datetime") == null || m.get("updated_datetime").isBlank()
                    ? requested : time(n, "updated_datetime", m.get("updated_datetime"));
            if (updated.isBefore(requested)) throw new BatchRejectedException(n, "updated_datetime", "bad_time", m.get("updated_datetime"));
            rows.add(new LakeRow(requested.atZoneSameInstant(CITY_ZONE).toLocalDate(), new Object[] {
                    id, status, m.get("status_notes"), m.get("service_code"), m.get("service_name"), m.get("description"),
                    m.get("agency_responsible"), utc(requested), requested.toEpochSecond(), utc(updated), updated.toEpochSecond(),
                    m.get("address"), m.get("zipcode"), number(n, "lat", m.get("lat"), -90, 90),
                    number(n, "long", m.get("long"), -180, 180) }));
        }
        return rows;
    }

    private static JsonNode readJson(Reader json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (!root.isArray()) throw new BatchRejectedException(0, "-", "bad_format", "a JSON array is expected");
            return root;
        } catch (JacksonException e) {
            throw new BatchRejectedException(0, "-", "bad_format", e.getOriginalMessage());
        }
    }

    private static String required(int row, Map<String, String> m, String field) {
        String v = m.get(field);
        if (v == null || v.isBlank()) throw new BatchRejectedException(row, field, "missing", null);
        return v.trim();
    }

    /** W3C/ISO 8601 time; without an offset it is local time in the city. */
    static OffsetDateTime time(int row, String field, String v) {
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).atZone(CITY_ZONE).toOffsetDateTime();
            } catch (DateTimeParseException e2) {
                throw new BatchRejectedException(row, field, "bad_time", v);
            }
        }
    }

    private static Double number(int row, String field, String v, double min, double max) {
        if (v == null || v.isBlank()) return null;
        try {
            double d = Double.parseDouble(v);
            if (d < min || d > max || Double.isNaN(d)) throw new BatchRejectedException(row, field, "bad_number", v);
            return d;
        } catch (NumberFormatException e) {
            throw new BatchRejectedException(row, field, "bad_number", v);
        }
    }

    private static LocalDateTime utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
