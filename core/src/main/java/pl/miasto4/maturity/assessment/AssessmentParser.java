package pl.miasto4.maturity.assessment;

import pl.miasto4.maturity.document.Parsed;
import pl.miasto4.maturity.document.Problems;
import pl.miasto4.maturity.document.YamlMap;
import pl.miasto4.maturity.model.Citation;
import pl.miasto4.maturity.model.Criterion;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelReaders;
import pl.miasto4.maturity.model.Source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads an assessment document ({@code schema: miasto4.maturity-assessment/1}) and checks it
 * against its model: known criteria, levels 1–5, confidence 0–1, "not applicable" only on
 * optional criteria, one answer per respondent and criterion, citations in range.
 */
public final class AssessmentParser {
    public static final String SCHEMA = "miasto4.maturity-assessment/1";

    private AssessmentParser() {
    }

    /** @param models finds the model an assessment names (by id) */
    public static Parsed<Assessment> parse(String text, String sourceName,
                                           Function<String, Optional<MaturityModel>> models) {
        return Parsed.read(text, sourceName, doc -> read(doc, models));
    }

    private static Assessment read(YamlMap doc, Function<String, Optional<MaturityModel>> models) {
        Problems problems = doc.problems();
        doc.allowOnly("an assessment", "schema", "id", "model", "model_version", "city", "date", "origin",
                "respondent", "sources", "note", "indicators", "answers");
        doc.requireSchema(SCHEMA, "an assessment");
        String id = doc.requiredString("id", "an assessment").orElse("?");
        String modelId = doc.requiredString("model", "an assessment").orElse("?");
        Optional<MaturityModel> model = models.apply(modelId);
        if (model.isEmpty() && doc.has("model")) {
            problems.at(doc.nodeOf("model"), "unknown model '" + modelId + "'");
        }
        String modelVersion = doc.requiredString("model_version", "an assessment").orElse("?");
        model.ifPresent(m -> {
            if (doc.has("model_version") && !m.version().equals(modelVersion)) {
                problems.at(doc.nodeOf("model_version"), "the assessment is for " + modelId + " " + modelVersion
                        + " but the model is version " + m.version());
            }
        });
        Assessment.City city = doc.map("city").map(c -> {
            c.allowOnly("city", "code", "name");
            return new Assessment.City(c.requiredString("code", "city").orElse("?"),
                    c.requiredString("name", "city").orElse("?"));
        }).orElseGet(() -> {
            problems.at(doc.node(), "missing 'city' in an assessment");
            return new Assessment.City("?", "?");
        });
        String date = doc.requiredString("date", "an assessment").orElse("?");
        String origin = doc.string("origin").orElse(Assessment.SELF_ASSESSMENT);
        String defaultRespondent = doc.string("respondent").orElse(null);

        Map<String, Source> sources = ModelReaders.sources(doc);
        String defaultSource = sources.isEmpty() ? null : sources.keySet().iterator().next();

        List<Answer> answers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap a : doc.maps("answers")) {
            a.allowOnly("an answer", "criterion", "respondent", "level", "not_applicable", "confidence", "evidence",
                    "cite");
            Optional<String> criterionId = a.requiredString("criterion", "an answer");
            Optional<Criterion> criterion = criterionId.flatMap(cid -> model.flatMap(m -> m.criterion(cid)));
            if (criterionId.isPresent() && model.isPresent() && criterion.isEmpty()) {
                problems.at(a.nodeOf("criterion"), "unknown criterion '" + criterionId.get() + "' in model " + modelId);
            }
            String respondent = a.string("respondent").orElse(defaultRespondent);
            if (respondent == null) {
                problems.at(a.node(), "an answer needs a 'respondent' (or a default 'respondent' for the assessment)");
                respondent = "?";
            }
            boolean notApplicable = a.bool("not_applicable").orElse(false);
            OptionalInt level = a.integer("level").map(OptionalInt::of).orElse(OptionalInt.empty());
            if (level.isPresent() && (level.getAsInt() < MaturityModel.MIN_LEVEL || level.getAsInt() > MaturityModel.MAX_LEVEL)) {
                problems.at(a.nodeOf("level"), "level " + level.getAsInt() + " is outside 1-5");
            }
            if (notApplicable && level.isPresent()) {
                problems.at(a.nodeOf("level"), "an answer is either a level or not_applicable, not both");
            }
            if (!notApplicable && level.isEmpty()) {
                problems.at(a.node(), "an answer needs a 'level' 1-5 or 'not_applicable: true'"
                        + " (leave a criterion out to keep it unanswered)");
            }
            if (notApplicable && criterion.isPresent() && !criterion.get().optional()) {
                problems.at(a.nodeOf("not_applicable"), "criterion " + criterion.get().id()
                        + " is not optional, so it cannot be declared not applicable");
            }
            double confidence = a.number("confidence").orElse(1.0);
            if (confidence < 0 || confidence > 1) {
                problems.at(a.nodeOf("confidence"), "confidence must be between 0 and 1");
            }
            if (criterionId.isPresent() && !seen.add(criterionId.get() + "\u0000" + respondent)) {
                problems.at(a.nodeOf("criterion"), "a second answer of '" + respondent + "' to " + criterionId.get());
            }
            List<Evidence> evidence = new ArrayList<>();
            for (YamlMap e : a.maps("evidence")) {
                e.allowOnly("evidence", "text", "link", "file");
                e.string("text").ifPresent(t -> evidence.add(new Evidence(Evidence.Kind.TEXT, t)));
                e.string("link").ifPresent(t -> evidence.add(new Evidence(Evidence.Kind.LINK, t)));
                e.string("file").ifPresent(t -> evidence.add(new Evidence(Evidence.Kind.FILE, t)));
            }
            List<Citation> citations = ModelReaders.citations(a, "cite", sources, defaultSource);
            if (Assessment.DERIVED_FROM_INTERVIEWS.equals(origin) && citations.isEmpty()) {
                problems.at(a.node(), "an answer derived from interviews must cite the report lines it comes from");
            }
            String who = respondent;
            criterionId.ifPresent(cid -> answers.add(new Answer(cid, who, level, notApplicable, confidence, evidence,
                    citations)));
        }
        List<IndicatorValue> reported = new ArrayList<>();
        List<Citation> indicatorCitations = new ArrayList<>();
        for (YamlMap i : doc.maps("indicators")) {
            i.allowOnly("a reported indicator value", "code", "value", "period", "cite");
            Optional<String> code = i.requiredString("code", "a reported indicator value");
            Optional<Double> value = i.number("value");
            if (value.isEmpty() && !i.has("value")) {
                problems.at(i.node(), "missing 'value' in a reported indicator value");
            }
            List<Citation> cite = ModelReaders.citations(i, "cite", sources, defaultSource);
            indicatorCitations.addAll(cite);
            code.ifPresent(c -> model.ifPresent(m -> {
                if (!m.indicatorCodes().containsKey(c)) {
                    problems.at(i.nodeOf("code"), "indicator '" + c + "' is not used by model " + modelId);
                }
            }));
            if (code.isPresent() && value.isPresent()) {
                String source = cite.isEmpty() ? "" : cite.get(0).source() + " lines " + cite.get(0).lines();
                reported.add(new IndicatorValue(code.get(), value.get(), i.string("period").orElse(""), source));
            }
        }
        return new Assessment(id, modelId, modelVersion, city, date, origin, answers, reported, indicatorCitations);
    }
}
