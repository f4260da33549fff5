package pl.miasto4.maturity.model;

/**
 * The four equal components of a city's digital transformation (report 002, lines 6605–6610,
 * 6740–6742, 6821–6823): neglecting any one of them can ruin the whole initiative (6630–6632).
 * Every criterion strengthens exactly one of them; roll-ups and roadmaps keep them in view.
 */
public enum Component {
    MONEY(new Text("Pieniądze", "Money")),
    TECHNOLOGY(new Text("Technologia", "Technology")),
    PEOPLE(new Text("Kompetencje i postawy ludzi", "People's competences and attitudes")),
    PROCESSES(new Text("Procesy i procedury", "Processes and procedures"));

    private final Text name;

    Component(Text name) {
        this.name = name;
    }

    /** As documents write it: money, technology, people, processes. */
    public String code() {
        return pl.miasto4.maturity.document.Codes.of(this);
    }

    public Text displayName() {
        return name;
    }
}
