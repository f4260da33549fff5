package pl.miasto4.maturity.model;

/**
 * The four equal components of a city's digital transformation (report 002, lines 6605–6610,
 * 6740–6742, 6821–6823): neglecting any one of them can ruin the whole initiative (6630–6632).
 * Every criterion strengthens exactly one of them; roll-ups and roadmaps keep them in view.
 */
public enum Component {
    MONEY("money", new Text("Pieniądze", "Money")),
    TECHNOLOGY("technology", new Text("Technologia", "Technology")),
    PEOPLE("people", new Text("Kompetencje i postawy ludzi", "People's competences and attitudes")),
    PROCESSES("processes", new Text("Procesy i procedury", "Processes and procedures"));

    private final String code;
    private final Text name;

    Component(String code, Text name) {
        this.code = code;
        this.name = name;
    }

    public String code() {
        return code;
    }

    public Text displayName() {
        return name;
    }

    public static java.util.Optional<Component> byCode(String code) {
        for (Component c : values()) {
            if (c.code.equals(code)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
