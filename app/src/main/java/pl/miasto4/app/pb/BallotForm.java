package pl.miasto4.app.pb;

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
record BallotForm(List<String> projects, List<Integer> points, Map<String, String> chosen, List<String> errors) {

    static BallotForm read(BallotRules rules, Map<String, String> form, List<String> ticked, VoteMessages messages,
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
    static List<String> messages(Voting.Refused r, VoteMessages messages, Locale locale) {
        List<String> out = new ArrayList<>();
        if (r.problems().isEmpty()) {
            out.add(messages.text(r, locale));
        } else {
            r.problems().forEach(x -> out.add(messages.text(x, locale)));
        }
        return out;
    }
}
