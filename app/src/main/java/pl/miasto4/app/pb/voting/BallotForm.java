package pl.miasto4.app.pb.voting;

import pl.miasto4.pb.BallotRules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A ballot as the voting page's form sends it: ticked projects (approval, choose-1), a position per
 * project (ordinal: {@code rank_ID}) or points per project (cumulative, scoring: {@code points_ID}).
 * {@code chosen} keeps what the voter entered, to show the form again after a refusal.
 */
public record BallotForm(List<String> projects, List<Integer> points, Map<String, String> chosen, List<String> errors) {

    public static BallotForm read(BallotRules rules, Map<String, String> form, List<String> ticked, VoteMessages messages,
                           Locale locale) {
        List<String> projects = new ArrayList<>();
        List<Integer> points = new ArrayList<>();
        Map<String, String> chosen = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        switch (rules.voteType()) {
            case APPROVAL, CHOOSE_ONE -> {
                if (ticked != null) {
                    for (String id : ticked) {
                        projects.add(id);
                        chosen.put(id, "1");
                    }
                }
            }
            case ORDINAL -> {
                TreeMap<Integer, String> byRank = new TreeMap<>();
                for (String id : rules.costs().keySet()) {
                    String v = form.getOrDefault("rank_" + id, "");
                    if (v.isBlank()) {
                        continue;
                    }
                    chosen.put(id, v);
                    int rank = parse(v);
                    if (rank < 1 || rank > rules.most()) {
                        errors.add(messages.text(new BallotRules.Problem("rank_out_of_range", "projects",
                                List.of(id, rules.most())), locale));
                    } else if (byRank.put(rank, id) != null) {
                        errors.add(messages.text(new BallotRules.Problem("duplicate_rank", "projects", List.of(rank)), locale));
                    }
                }
                projects.addAll(byRank.values());
            }
            case CUMULATIVE, CARDINAL -> {
                for (String id : rules.costs().keySet()) {
                    String v = form.getOrDefault("points_" + id, "");
                    if (v.isBlank() || v.strip().equals("0")) {
                        continue;
                    }
                    chosen.put(id, v);
                    projects.add(id);
                    points.add(parse(v));
                }
            }
        }
        return new BallotForm(projects, rules.voteType().hasPoints() ? points : null, chosen, errors);
    }

    private static int parse(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The refusal's messages in the reader's language: each ballot problem, or the reason. */
    /** Casts a ballot with the voter's (or the official's) identity; the voting service's refusal is thrown. */
    public interface Caster {
        String cast(List<String> projects, List<Integer> points);
    }

    /**
     * The voting form's answer, for residents and for officials entering paper ballots alike: the
     * receipt, or every problem (the form's own and the service's refusal, with its HTTP status)
     * with the choices kept so nothing has to be ticked again.
     */
    public String submit(Caster caster, Map<String, String> form, VoteMessages messages, Locale locale,
                  org.springframework.ui.Model model, jakarta.servlet.http.HttpServletResponse response) {
        List<String> problems = new java.util.ArrayList<>(errors);
        if (problems.isEmpty()) {
            try {
                model.addAttribute("receipt", caster.cast(projects, points));
                return "pb/vote";
            } catch (Voting.Refused r) {
                response.setStatus(r.status());
                problems.addAll(messages(r, messages, locale));
            }
        } else {
            response.setStatus(422);
        }
        model.addAttribute("chosen", chosen);
        model.addAttribute("voterId", form.getOrDefault("voterId", ""));
        model.addAttribute("errors", problems);
        return "pb/vote";
    }

    public static List<String> messages(Voting.Refused r, VoteMessages messages, Locale locale) {
        List<String> out = new ArrayList<>();
        if (r.problems().isEmpty()) {
            out.add(messages.text(r, locale));
        } else {
            r.problems().forEach(x -> out.add(messages.text(x, locale)));
        }
        return out;
    }
}
