package pl.miasto4.maturity.roadmap;

import pl.miasto4.maturity.model.Citation;
import pl.miasto4.maturity.model.Component;
import pl.miasto4.maturity.model.Text;

import java.util.List;

/**
 * Something a city can do to raise its maturity: which criteria it raises and how far, the
 * component it strengthens, its cost band and the actions that must come first.
 */
public record Action(String id, Text title, Component component, CostBand cost, List<Raise> raises,
                     List<String> requires, List<Citation> citations) {
    public Action {
        raises = List.copyOf(raises);
        requires = List.copyOf(requires);
        citations = List.copyOf(citations);
    }

    /** The action raises a criterion by {@code gain} levels, but not above {@code upTo}. */
    public record Raise(String criterionId, int gain, int upTo) {
        public double levelAfter(double current) {
            return current >= upTo ? current : Math.min(upTo, current + gain);
        }
    }
}
