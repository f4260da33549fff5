package pl.miasto4.app.survey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.miasto4.app.importing.ImportReport;
import pl.miasto4.app.web.ApiProblem;
import pl.miasto4.survey.SurveyException;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

/** Survey waves, and a wave's estimates published as a subjective indicator. */
@RestController
@RequestMapping("/api/surveys")
@Tag(name = "Surveys")
public class SurveyApi {
    private final QuestionnaireRepository repository;
    private final SurveyPublisher publisher;

    public SurveyApi(QuestionnaireRepository repository, SurveyPublisher publisher) {
        this.repository = repository;
        this.publisher = publisher;
    }

    @GetMapping
    @Operation(summary = "Survey waves", description = "Every imported wave with its questionnaire, unit, period, responses and response rate.")
    public List<QuestionnaireRepository.Wave> waves() {
        return repository.waves();
    }

    /** One stored estimate. */
    public record Stored(String unit, double value, double se, double ciLow, double ciHigh, int n, boolean unreliable) {
    }

    /** What a publication stored (or would store, in a dry run). */
    public record Published(String status, List<Stored> estimates, String summary) {
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a wave's share satisfied as an indicator",
            description = "The share answering the top two points of a Likert question, for the wave's unit and each district, "
                    + "with SE, 95% interval and the unreliable flag (relative SE > 30% or n < 30), through the all-or-nothing import.")
    public Published publish(@PathVariable long id, @RequestParam String question, @RequestParam String indicator,
                             @RequestParam(defaultValue = "false") boolean dryRun, Principal principal, Locale locale) {
        SurveyMessages messages = new SurveyMessages(locale);
        SurveyPublisher.Result r;
        try {
            r = publisher.publishWave(id, question, indicator, dryRun, principal.getName());
        } catch (SurveyException e) {
            throw ApiProblem.badRequest(messages.text(e));
        }
        if (r.problem() != null) {
            throw ApiProblem.badRequest(messages.format(r.problem().key(), r.problem().args()));
        }
        ImportReport report = r.report();
        if (report.rejected()) {
            throw ApiProblem.badRequest(messages.format("survey.publish.rejected") + " " + String.join("; ",
                    report.problems().stream().map(Object::toString).toList()));
        }
        return new Published(report.status().name(), r.estimates().stream().map(p -> new Stored(p.unit(), p.value(),
                p.estimate().se() * p.scale(), p.estimate().ciLow() * p.scale(), p.estimate().ciHigh() * p.scale(),
                p.estimate().n(), p.unreliable())).toList(), report.summary());
    }
}
