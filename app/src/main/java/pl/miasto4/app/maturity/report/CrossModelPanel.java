package pl.miasto4.app.maturity.report;

import pl.miasto4.app.maturity.assessment.ModelStore;

import org.springframework.stereotype.Component;
import pl.miasto4.maturity.mapping.CrossModelView;
import pl.miasto4.maturity.mapping.MappingLibrary;
import pl.miasto4.maturity.mapping.ModelMapping;
import pl.miasto4.maturity.model.Dimension;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelLibrary;
import pl.miasto4.maturity.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An assessment seen under another model through a shipped mapping (e.g. Miasto 4.0 → ITU-T
 * Y.4904): each mapped criterion gets the relation-weighted mean of its source levels and the
 * other model's rules roll them up, so its coverage says how much the mapping can tell.
 */
@Component
public class CrossModelPanel {
    private final MaturityResults results;
    private final ModelStore models;
    private final MappingLibrary mappings = MappingLibrary.builtIn(ModelLibrary.builtIn());

    public CrossModelPanel(MaturityResults results, ModelStore models) {
        this.results = results;
        this.models = models;
    }

    public record Projection(String criterionId, Text name, Double level, List<String> sources) {
    }

    public record DimensionScore(String id, Text name, ProfileView.ScoreView score) {
    }

    public record View(String modelId, String modelVersion, Text modelName, ProfileView.ScoreView overall,
                       List<DimensionScore> dimensions, List<Projection> projections, int unmapped) {
    }

    /** The other models this assessment's model is mapped to. */
    public List<String> targets(String modelId) {
        List<String> out = new ArrayList<>();
        for (ModelMapping m : mappings.mappings()) {
            if (m.fromModel().equals(modelId)) {
                out.add(m.toModel());
            } else if (m.toModel().equals(modelId)) {
                out.add(m.fromModel());
            }
        }
        return out;
    }

    public Optional<View> view(long assessmentId, String targetId) {
        MaturityResults.Scored s = results.score(assessmentId);
        Optional<ModelMapping> mapping = mappings.between(s.model().id(), targetId);
        Optional<MaturityModel> target = models.latestModel(targetId);
        if (mapping.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        CrossModelView.View v = CrossModelView.view(s.profile(), mapping.get(), target.get());
        List<DimensionScore> dims = new ArrayList<>();
        for (Dimension d : target.get().dimensions()) {
            dims.add(new DimensionScore(d.id(), d.name(), ProfileView.ScoreView.of(v.profile().dimensions().get(d.id()))));
        }
        List<Projection> projections = v.projections().stream().filter(p -> p.level().isPresent())
                .map(p -> new Projection(p.criterionId(), target.get().criterion(p.criterionId()).orElseThrow().name(),
                        ProfileView.d(p.level()), p.sources())).toList();
        return Optional.of(new View(target.get().id(), target.get().version(), target.get().name(),
                ProfileView.ScoreView.of(v.profile().overall()), dims, projections, v.unmapped().size()));
    }
}
