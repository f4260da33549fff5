package pl.miasto4.app.pb.results;

/**
 * Published after an edition run here was closed and counted, once the count is committed: what
 * depends on counted editions (the indicator connector, wired by the application's root) may react.
 */
public record EditionCounted(String editionSlug) {
}
