package pl.miasto4.app.pb;

import pl.miasto4.app.pb.results.PbRepository;

import pl.miasto4.app.pb.results.Results;
import pl.miasto4.app.pb.voting.BallotForm;
import pl.miasto4.app.pb.voting.Receipts;
import pl.miasto4.app.pb.voting.VoteMessages;
import pl.miasto4.app.pb.voting.Voting;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import pl.miasto4.pb.BallotRules;
import pl.miasto4.pb.VoteType;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Residents' pages: editions, results explained, voting, "check my receipt". */
@Controller
public class PbPages {
    private final PbRepository repository;
    private final Results results;
    private final Voting voting;
    private final VoteMessages messages;
    private final JsonMapper json;

    public PbPages(PbRepository repository, Results results, Voting voting, VoteMessages messages, JsonMapper json) {
        this.repository = repository;
        this.results = results;
        this.voting = voting;
        this.messages = messages;
        this.json = json;
    }

    /** An edition as the list shows it. */
    public record EditionRow(PbRepository.Edition edition, int pools, long ballots, long sealed) {
    }

    /** A pool as the edition page shows it. */
    public record PoolRow(PbRepository.Pool pool, long ballots, long sealed, List<PbRepository.PoolProject> projects,
                          BallotRules rules) {
    }

    @GetMapping("/pb")
    public String list(Model model) {
        List<EditionRow> rows = new ArrayList<>();
        for (PbRepository.Edition e : repository.editions()) {
            rows.add(new EditionRow(e, repository.pools(e.id()).size(), sum(repository.ballotCounts(e.id())),
                    sum(repository.sealedCounts(e.id()))));
        }
        model.addAttribute("editions", rows);
        model.addAttribute("today", voting.today());
        return "pb/list";
    }

    private static long sum(Map<Long, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    PbRepository.Edition edition(String slug) {
        return repository.edition(slug).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, "no edition " + slug));
    }

    PbRepository.Pool pool(PbRepository.Edition e, String code) {
        return repository.pool(e.id(), code).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, "no pool " + code));
    }

    @GetMapping("/pb/{edition}")
    public String edition(@PathVariable("edition") String slug, Model model) {
        PbRepository.Edition e = edition(slug);
        Map<Long, Long> counted = repository.ballotCounts(e.id());
        Map<Long, Long> sealed = repository.sealedCounts(e.id());
        List<PoolRow> pools = new ArrayList<>();
        for (PbRepository.Pool p : repository.pools(e.id())) {
            pools.add(new PoolRow(p, counted.getOrDefault(p.id(), 0L), sealed.getOrDefault(p.id(), 0L),
                    repository.projects(p.id()), voting.rules(slug, p.code())));
        }
        model.addAttribute("edition", e);
        model.addAttribute("pools", pools);
        model.addAttribute("votingToday", e.live() && e.votingToday(voting.today()));
        if (e.slug().equals(pl.miasto4.app.pb.admin.PbDemo.LIVE_SLUG)) {
            model.addAttribute("demoPesels", pl.miasto4.app.pb.admin.PbDemo.syntheticPesels(5));
        }
        return "pb/edition";
    }

    @GetMapping("/pb/{edition}/{pool}/results")
    public String results(@PathVariable("edition") String slug, @PathVariable("pool") String code,
                          @RequestParam(required = false) String rule, Model model) {
        PbRepository.Edition e = edition(slug);
        PbRepository.Pool p = pool(e, code);
        model.addAttribute("edition", e);
        model.addAttribute("pool", p);
        if (!e.counted()) {
            model.addAttribute("notCounted", true);
            return "pb/results";
        }
        if (rule != null && pl.miasto4.pb.rules.Rules.byName(rule).isEmpty()) {
            rule = null;
        }
        Results.PoolResult r = results.count(e, p, rule);
        List<Results.RuleColumn> compare = results.compare(e, p);
        model.addAttribute("result", r);
        model.addAttribute("compare", compare);
        model.addAttribute("comparedProjects", r.projects().stream()
                .filter(x -> compare.stream().anyMatch(c -> c.fundedIds().contains(x.id()))).toList());
        model.addAttribute("byPoints", VoteType.fromPabulib(p.voteType()).ranksByScore());
        model.addAttribute("equalShares", r.rule().startsWith("equalshares"));
        model.addAttribute("chartJson", chart(r, VoteType.fromPabulib(p.voteType()).ranksByScore()));
        return "pb/results";
    }

    /** Support per project for the bar chart (the table beside it has the same figures). */
    private String chart(Results.PoolResult r, boolean byPoints) {
        List<Map<String, Object>> bars = new ArrayList<>();
        for (Results.ProjectLine l : r.projects()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", l.id() + " " + (l.name().length() > 40 ? l.name().substring(0, 39) + "…" : l.name()));
            m.put("value", byPoints ? l.score() : l.votes());
            m.put("funded", l.funded());
            bars.add(m);
        }
        bars.sort((a, b) -> Long.compare((Long) b.get("value"), (Long) a.get("value")));
        return json.writeValueAsString(Map.of("bars", bars.size() > 40 ? bars.subList(0, 40) : bars))
                .replace("</", "<\\/");
    }

    @GetMapping("/pb/{edition}/{pool}/vote")
    public String voteForm(@PathVariable("edition") String slug, @PathVariable("pool") String code, Model model) {
        prepareVote(slug, code, model);
        return "pb/vote";
    }

    private void prepareVote(String slug, String code, Model model) {
        PbRepository.Edition e = edition(slug);
        PbRepository.Pool p = pool(e, code);
        model.addAttribute("edition", e);
        model.addAttribute("pool", p);
        model.addAttribute("projects", repository.projects(p.id()));
        model.addAttribute("rules", voting.rules(slug, code));
        model.addAttribute("type", VoteType.fromPabulib(p.voteType()).name());
        model.addAttribute("canVote", e.live() && e.votingToday(voting.today()));
        model.addAttribute("formAction", "/pb/" + slug + "/" + code + "/vote");
        if (!model.containsAttribute("chosen")) {
            model.addAttribute("chosen", Map.of());
        }
    }

    @PostMapping("/pb/{edition}/{pool}/vote")
    public String vote(@PathVariable("edition") String slug, @PathVariable("pool") String code,
                       @RequestParam Map<String, String> form,
                       @RequestParam(name = "project", required = false) List<String> ticked,
                       Locale locale, Model model, HttpServletResponse response) {
        BallotForm ballot = BallotForm.read(voting.rules(slug, code), form, ticked, messages, locale);
        String view = ballot.submit((projects, points) -> voting.cast(slug, code, form.get("voterId"), projects, points, null), form, messages, locale, model, response);
        prepareVote(slug, code, model);
        return view;
    }

    @GetMapping("/pb/receipt")
    public String receipt(@RequestParam(required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            model.addAttribute("code", code.strip());
            if (!Receipts.wellFormed(code)) {
                model.addAttribute("malformed", true);
            } else {
                model.addAttribute("status", voting.receipt(code).orElse(null));
                model.addAttribute("checked", true);
            }
        }
        return "pb/receipt";
    }
}
