package pl.miasto4.lake;

import java.util.List;

/**
 * A lake table: its Parquet columns (besides the Hive partition columns {@code source} and {@code day}),
 * the event key that makes ingest idempotent, and the column that orders versions of one key
 * (null: the first copy of a key wins and later copies are duplicates).
 */
public record LakeTable(String name, List<Column> columns, String key, String version) {
    public record Column(String name, String type) {}

    /** City-card usage events; the card id never reaches the lake, only its keyed hash. */
    public static final LakeTable CARD_EVENTS = new LakeTable("card_events", List.of(
            new Column("event_id", "VARCHAR"),
            new Column("card_hash", "VARCHAR"),
            new Column("service", "VARCHAR"),
            new Column("place", "VARCHAR"),
            new Column("event_time", "TIMESTAMP"),
            new Column("event_epoch_s", "BIGINT"),
            new Column("tariff", "VARCHAR")), "event_id", null);

    /**
     * Open311 GeoReport v2 service requests; every update of a request is kept, recipes read the
     * latest (highest updated_epoch_s) version of each service_request_id.
     */
    public static final LakeTable OPEN311_REQUESTS = new LakeTable("open311_requests", List.of(
            new Column("service_request_id", "VARCHAR"),
            new Column("status", "VARCHAR"),
            new Column("status_notes", "VARCHAR"),
            new Column("service_code", "VARCHAR"),
            new Column("service_name", "VARCHAR"),
            new Column("description", "VARCHAR"),
            new Column("agency_responsible", "VARCHAR"),
            new Column("requested_datetime", "TIMESTAMP"),
            new Column("requested_epoch_s", "BIGINT"),
            new Column("updated_datetime", "TIMESTAMP"),
            new Column("updated_epoch_s", "BIGINT"),
            new Column("address", "VARCHAR"),
            new Column("zipcode", "VARCHAR"),
            new Column("lat", "DOUBLE"),
            new Column("lon", "DOUBLE")), "service_request_id", "updated_epoch_s");

    public static final List<LakeTable> ALL = List.of(CARD_EVENTS, OPEN311_REQUESTS);

    public static LakeTable named(String name) {
        return ALL.stream().filter(t -> t.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lake table " + name));
    }
}
