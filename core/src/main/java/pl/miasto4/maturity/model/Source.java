package pl.miasto4.maturity.model;

/** A document the model cites, with its number of lines so citations can be range-checked. */
public record Source(String id, String title, String path, int lines) {
}
