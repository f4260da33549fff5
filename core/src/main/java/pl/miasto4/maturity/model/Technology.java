package pl.miasto4.maturity.model;

/** An Industry 4.0 technology the model refers to (IoT, AI, RPA, digital twin, …). */
public record Technology(String id, Text name) {
}
