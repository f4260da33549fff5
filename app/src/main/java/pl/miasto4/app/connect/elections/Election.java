package pl.miasto4.app.connect.elections;

/** The elections whose PKW files the connector reads, each with the catalogue indicator of its turnout. */
public enum Election {
    PRESIDENTIAL("presidential_election_turnout_pct"),
    REGIONAL_ASSEMBLY("regional_assembly_election_turnout_pct");

    private final String indicator;

    Election(String indicator) {
        this.indicator = indicator;
    }

    public String indicator() {
        return indicator;
    }

    /** {@code presidential}, {@code regional-assembly} or {@code regional_assembly}. */
    public static Election parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
