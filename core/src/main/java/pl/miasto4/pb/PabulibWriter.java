package pl.miasto4.pb;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the pabulib format: META, PROJECTS, VOTES, {@code ;}-separated, LF line ends, fields quoted
 * only when they contain {@code ;}, a quote or a line break. Reading what it wrote gives back the same
 * instance, ballots and official result. Used to publish an edition as open data.
 */
public final class PabulibWriter {
    private PabulibWriter() {
    }

    public static String toString(Instance instance, Profile profile, Optional<OfficialResult> official) {
        StringBuilder sb = new StringBuilder();
        try {
            write(sb, instance, profile, official);
        } catch (IOException e) {
            throw new IllegalStateException(e); // StringBuilder does not throw
        }
        return sb.toString();
    }

    public static void write(Writer out, Instance instance, Profile profile, Optional<OfficialResult> official)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        write(sb, instance, profile, official);
        out.write(sb.toString());
    }

    private static void write(Appendable out, Instance instance, Profile profile, Optional<OfficialResult> official)
            throws IOException {
        out.append("META\nkey;value\n");
        for (Map.Entry<String, String> e : instance.meta().entrySet()) {
            row(out, List.of(e.getKey(), e.getValue()));
        }
        if (!instance.meta().containsKey("budget")) {
            row(out, List.of("budget", Money.format(instance.budget(), instance.scale())));
        }
        if (!instance.meta().containsKey("vote_type")) {
            row(out, List.of("vote_type", instance.voteType().pabulibName()));
        }
        out.append("PROJECTS\n");
        Set<String> columns = new LinkedHashSet<>();
        for (Project p : instance.projects()) {
            columns.addAll(p.fields().keySet());
        }
        columns.remove("project_id");
        columns.remove("cost");
        List<String> header = new ArrayList<>(List.of("project_id", "cost"));
        header.addAll(columns);
        if (official.isPresent()) {
            header.add("selected");
        }
        row(out, header);
        for (Project p : instance.projects()) {
            List<String> r = new ArrayList<>(List.of(p.id(), Money.format(p.cost(), instance.scale())));
            for (String c : columns) {
                r.add(p.fields().getOrDefault(c, ""));
            }
            official.ifPresent(o -> r.add(String.valueOf(o.selectedById().getOrDefault(p.id(), 0))));
            row(out, r);
        }
        out.append("VOTES\n");
        List<String> vh = new ArrayList<>(List.of("voter_id", "vote"));
        if (profile.hasPoints()) {
            vh.add("points");
        }
        vh.addAll(profile.attributes().keySet());
        row(out, vh);
        StringBuilder vote = new StringBuilder();
        StringBuilder points = new StringBuilder();
        for (int b = 0; b < profile.size(); b++) {
            vote.setLength(0);
            points.setLength(0);
            for (int k = 0; k < profile.length(b); k++) {
                if (k > 0) {
                    vote.append(',');
                    points.append(',');
                }
                vote.append(instance.project(profile.project(b, k)).id());
                points.append(profile.points(b, k));
            }
            List<String> r = new ArrayList<>(vh.size());
            r.add(profile.voterId(b));
            r.add(vote.toString());
            if (profile.hasPoints()) {
                r.add(points.toString());
            }
            for (String[] column : profile.attributes().values()) {
                r.add(column[b] == null ? "" : column[b]);
            }
            row(out, r);
        }
    }

    private static void row(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(quote(fields.get(i)));
        }
        out.append('\n');
    }

    static String quote(String field) {
        boolean needs = field.indexOf(';') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || (!field.isEmpty() && (field.charAt(0) == ' '
                || field.charAt(field.length() - 1) == ' '));
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
