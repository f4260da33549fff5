package pl.miasto4.maturity.model;

/** A text in both languages of the product: Polish first (the officials' language), English second. */
public record Text(String pl, String en) {
    public Text {
        pl = pl == null ? "" : pl.strip();
        en = en == null ? "" : en.strip();
    }

    public String in(String lang) {
        return "en".equals(lang) ? en : pl;
    }
}
