package pl.miasto4.app.survey;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

/** Survey pages: the waves, one wave's results, a questionnaire with its codebook, and the answers import. */
@Controller
public class SurveyPages {
    private final QuestionnaireRepository repository;
    private final SurveyReport reports;
    private final AnswersImport answers;
    private final SurveyPublisher publisher;
    private final OnlineAnswers online;

    public SurveyPages(QuestionnaireRepository repository, SurveyReport reports, AnswersImport answers,
                       SurveyPublisher publisher, OnlineAnswers online) {
        this.online = online;
        this.repository = repository;
        this.reports = reports;
        this.answers = answers;
        this.publisher = publisher;
    }

    @GetMapping("/surveys")
    public String list(Model model) {
        model.addAttribute("waves", repository.waves());
        model.addAttribute("questionnaires", repository.codes().stream().map(repository::find)
                .flatMap(java.util.Optional::stream).toList());
        return "survey/list";
    }

    @GetMapping("/surveys/{id}")
    public String wave(@PathVariable long id, Model model) {
        SurveyReport.Report report = reports.report(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no survey wave " + id));
        model.addAttribute("report", report);
        model.addAttribute("maxRse", (int) Math.round(100 * SurveyPublisher.MAX_RELATIVE_SE));
        model.addAttribute("minN", SurveyPublisher.MIN_RESPONDENTS);
        return "survey/wave";
    }

    @PostMapping("/surveys/{id}/publish")
    public String publish(@PathVariable long id, @RequestParam String question, @RequestParam String indicator,
                          Principal principal, Locale locale, Model model) {
        SurveyMessages messages = new SurveyMessages(locale);
        List<String> problems;
        try {
            SurveyPublisher.Result r = publisher.publishWave(id, question, indicator.strip(), false, principal.getName());
            if (r.problem() != null) {
                problems = List.of(messages.format(r.problem().key(), r.problem().args()));
            } else if (r.report().rejected()) {
                problems = r.report().problems().stream().map(Object::toString).toList();
            } else {
                return "redirect:/indicators/" + indicator.strip();
            }
        } catch (pl.miasto4.survey.SurveyException e) {
            problems = List.of(messages.text(e));
        }
        model.addAttribute("publishProblems", problems);
        return wave(id, model);
    }

    @GetMapping("/surveys/{id}/answer")
    public String answerForm(@PathVariable long id, @RequestParam(required = false) String code, Model model) {
        QuestionnaireRepository.Wave wave = repository.wave(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no survey wave " + id));
        model.addAttribute("wave", wave);
        model.addAttribute("questionnaire", repository.find(wave.questionnaireCode()).orElseThrow());
        model.addAttribute("code", code);
        model.addAttribute("state", code == null ? null : online.state(id, code).name());
        return "survey/answer";
    }

    @PostMapping("/surveys/{id}/answer")
    public String answer(@PathVariable long id, @RequestParam String code,
                         @RequestParam org.springframework.util.MultiValueMap<String, String> form, Locale locale, Model model) {
        java.util.Map<String, List<String>> answersByQuestion = new java.util.HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("q_")) {
                answersByQuestion.put(k.substring(2), v);
            }
        });
        OnlineAnswers.Submitted s = online.submit(id, code, answersByQuestion);
        if (s.stored()) {
            model.addAttribute("thanks", true);
            model.addAttribute("wave", repository.wave(id).orElseThrow());
            return "survey/answer";
        }
        answerForm(id, code, model);
        SurveyMessages messages = new SurveyMessages(locale);
        model.addAttribute("state", s.code().name());
        model.addAttribute("answerProblems", s.problems().stream().map(messages::answers).toList());
        model.addAttribute("sent", answersByQuestion);
        return "survey/answer";
    }

    @GetMapping("/surveys/questionnaires/{code}")
    public String questionnaire(@PathVariable String code, Model model) {
        model.addAttribute("questionnaire", repository.find(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no questionnaire " + code)));
        return "survey/questionnaire";
    }

    @PostMapping("/surveys/import")
    public String importAnswers(@RequestParam("file") MultipartFile file, @RequestParam String questionnaire,
                                @RequestParam String name, @RequestParam String unit, @RequestParam String period,
                                @RequestParam(required = false) Integer invited, Principal principal, Locale locale,
                                Model model) throws IOException {
        Path dir = Files.createTempDirectory("miasto-answers-");
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "answers.csv"
                : Path.of(file.getOriginalFilename().replace('\\', '/')).getFileName().toString();
        Path saved = dir.resolve("answers" + (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? ".xlsx" : ".csv"));
        AnswersImport.Outcome outcome;
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, saved);
            }
            outcome = answers.importAnswers(saved, fileName, new AnswersImport.WaveSpec(questionnaire, name.strip(),
                    unit.strip(), period.strip(), invited, principal.getName()));
        } finally {
            Files.deleteIfExists(saved);
            Files.deleteIfExists(dir);
        }
        if (!outcome.rejected()) {
            return "redirect:/surveys/" + outcome.waveId();
        }
        SurveyMessages messages = new SurveyMessages(locale);
        model.addAttribute("rejected", messages.format("survey.answers.rejected", fileName, outcome.problems().size()));
        List<String> problems = outcome.problems().stream().map(messages::answers).toList();
        model.addAttribute("problems", problems);
        return list(model);
    }
}
