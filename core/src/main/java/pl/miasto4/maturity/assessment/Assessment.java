package pl.miasto4.maturity.assessment;

import pl.miasto4.maturity.model.Citation;

import java.util.List;
import java.util.stream.Stream;

/**
 * A city's assessment under one model version at one date: the answers of all its respondents.
 * {@code origin} says where the answers come from — {@code derived_from_interviews} for the demo
 * assessments built from the research report, {@code self_assessment} for a city's own.
 * A criterion without answers is simply absent: it stays missing, never becomes zero.
 * {@code reportedIndicators} are values written in the document itself (e.g. "78% of intersections"
 * quoted in an interview); values from the indicator store take precedence over them.
 */
public record Assessment(String id, String modelId, String modelVersion, City city, String date, String origin,
                         List<Answer> answers, List<IndicatorValue> reportedIndicators, List<Citation> indicatorCitations) {
    public static final String DERIVED_FROM_INTERVIEWS = "derived_from_interviews";
    public static final String SELF_ASSESSMENT = "self_assessment";

    public Assessment {
        answers = List.copyOf(answers);
        reportedIndicators = List.copyOf(reportedIndicators);
        indicatorCitations = List.copyOf(indicatorCitations);
    }

    /** A city by its TERYT code (gmina level) and name. */
    public record City(String code, String name) {
    }

    public List<Answer> answersTo(String criterionId) {
        return answers.stream().filter(a -> a.criterionId().equals(criterionId)).toList();
    }

    public Stream<Citation> citations() {
        return Stream.concat(answers.stream().flatMap(a -> a.citations().stream()), indicatorCitations.stream());
    }
}
