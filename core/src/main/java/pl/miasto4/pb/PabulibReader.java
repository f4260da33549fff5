package pl.miasto4.pb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads the pabulib {@code .pb} format (Faliszewski et al., "Pabulib: A Participatory Budgeting
 * Library", 2023): a META section of {@code key;value} rows, a PROJECTS table and a VOTES table, each
 * table with its header row. A file that cannot be read is rejected with the line and the reason; an
 * inconsistent one (declared counts that do not match the ballots, ballots that break the vote's own
 * limits, unknown project ids…) is read and its warnings are listed.
 */
public final class PabulibReader {
    private static final int MAX_SCALE = 6;

    private final String source;
    private final PabulibTokenizer rows;
    private final ArrayList<String> row = new ArrayList<>();
    private final Findings findings = new Findings();

    private PabulibReader(String source, byte[] utf8) {
        this.source = source;
        this.rows = new PabulibTokenizer(source, utf8);
    }

    public static PabulibFile read(Path path) throws IOException, PabulibFormatException {
        return read(path.toString(), Files.readAllBytes(path));
    }

    public static PabulibFile read(String source, byte[] utf8) throws PabulibFormatException {
        return new PabulibReader(source, utf8).parse();
    }

    public static PabulibFile parse(String source, String text) throws PabulibFormatException {
        return read(source, text.getBytes(StandardCharsets.UTF_8));
    }

    private PabulibFormatException reject(int line, String reason) {
        return new PabulibFormatException(source, line, reason);
    }

    // ---------------------------------------------------------------- sections

    private String sectionName() {
        if (row.isEmpty()) {
            return null;
        }
        String first = row.get(0).toLowerCase(Locale.ROOT);
        if (!first.equals("meta") && !first.equals("projects") && !first.equals("votes")) {
            return null;
        }
        for (int i = 1; i < row.size(); i++) {
            if (!row.get(i).isEmpty()) {
                return null;
            }
        }
        return first;
    }

    /** Reads rows up to the next non-blank one into {@code row}; false at end of text. */
    private boolean nextRow() throws PabulibFormatException {
        if (nextRecord()) {
            rows.fields(row);
            return true;
        }
        return false;
    }

    /** Moves to the next non-blank record without decoding it; false at end of text. */
    private boolean nextRecord() throws PabulibFormatException {
        while (rows.next()) {
            if (!rows.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the current (undecoded) record is a section marker. */
    private boolean atSection() {
        if (!(rows.fieldIs(0, "meta") || rows.fieldIs(0, "projects") || rows.fieldIs(0, "votes"))) {
            return false;
        }
        for (int i = 1; i < rows.count(); i++) {
            if (!rows.isEmpty(i)) {
                return false;
            }
        }
        return true;
    }

    private void expectSection(String name) throws PabulibFormatException {
        if (!nextRow()) {
            throw reject(rows.recordLine(), "the file ends before the " + name.toUpperCase(Locale.ROOT) + " section");
        }
        if (!name.equals(sectionName())) {
            throw reject(rows.recordLine(), "expected the " + name.toUpperCase(Locale.ROOT)
                    + " section here, found '" + String.join(";", row) + "'");
        }
    }

    private List<String> header(String section, String... required) throws PabulibFormatException {
        if (!nextRow()) {
            throw reject(rows.recordLine(), section + " section has no header row");
        }
        List<String> h = new ArrayList<>(row.size());
        for (String f : row) {
            h.add(f.toLowerCase(Locale.ROOT));
        }
        for (String r : required) {
            if (!h.contains(r)) {
                throw reject(rows.recordLine(), section + " header has no '" + r + "' column: " + String.join(";", row));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String c : h) {
            if (!c.isEmpty() && !seen.add(c)) {
                throw reject(rows.recordLine(), section + " header names column '" + c + "' twice");
            }
        }
        return h;
    }

    private PabulibFile parse() throws PabulibFormatException {
        expectSection("meta");
        Map<String, String> meta = readMeta();
        String budgetText = meta.get("budget");
        if (budgetText == null || budgetText.isBlank()) {
            throw reject(sectionLine, "META has no 'budget'");
        }
        String voteTypeText = meta.get("vote_type");
        if (voteTypeText == null) {
            throw reject(sectionLine, "META has no 'vote_type'");
        }
        VoteType voteType = VoteType.fromPabulib(voteTypeText);
        if (voteType == null) {
            throw reject(lineOf("vote_type"), "unknown vote_type '" + voteTypeText
                    + "' (expected approval, choose-1, ordinal, cumulative or scoring)");
        }
        if (!"projects".equals(sectionName())) {
            throw reject(rows.recordLine(), "expected the PROJECTS section here, found '" + String.join(";", row) + "'");
        }
        ProjectsTable table = readProjects();
        int scale = scaleOf(budgetText, table, meta);
        long budget;
        try {
            budget = Money.toUnits(budgetText, scale);
        } catch (RuntimeException e) {
            throw reject(lineOf("budget"), "budget '" + budgetText + "' is not a number");
        }
        if (budget < 0) {
            throw reject(lineOf("budget"), "budget is negative: " + budgetText);
        }
        List<Project> projects = new ArrayList<>(table.ids.size());
        for (int i = 0; i < table.ids.size(); i++) {
            long cost;
            try {
                cost = Money.toUnits(table.costs.get(i), scale);
            } catch (ArithmeticException e) {
                throw reject(lineOf("budget"), "project " + table.ids.get(i) + ": its cost does not fit at " + scale + " decimal places");
            }
            projects.add(new Project(i, table.ids.get(i), cost, table.categories.get(i), table.targets.get(i),
                    table.fields.get(i)));
        }
        Instance instance = new Instance(meta, projects, budget, scale, voteType);
        Profile profile = readVotes(instance);
        Optional<OfficialResult> official = table.selected == null ? Optional.empty()
                : Optional.of(new OfficialResult(table.selected));
        checkConsistency(instance, profile, table, official);
        return new PabulibFile(source, instance, profile, official, findings.list());
    }

    private int sectionLine;
    private final Map<String, Integer> metaLine = new HashMap<>();

    /** The line of a META key, or of the META section when the key is missing. */
    private int lineOf(String key) {
        return metaLine.getOrDefault(key, sectionLine);
    }

    private Map<String, String> readMeta() throws PabulibFormatException {
        sectionLine = rows.recordLine();
        Map<String, String> meta = new LinkedHashMap<>();
        if (!nextRow()) {
            throw reject(rows.recordLine(), "the file ends in the META section");
        }
        // the header row is key;value
        if (!(row.size() >= 2 && row.get(0).equalsIgnoreCase("key") && row.get(1).equalsIgnoreCase("value"))) {
            throw reject(rows.recordLine(), "META header must be 'key;value', found '" + String.join(";", row) + "'");
        }
        while (nextRow()) {
            if (sectionName() != null) {
                return meta;
            }
            String key = row.get(0).toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                throw reject(rows.recordLine(), "META row has an empty key");
            }
            // a value that contained unquoted ';' is rejoined rather than cut
            int last = row.size() - 1;
            while (last > 1 && row.get(last).isEmpty()) {
                last--;
            }
            String value = row.size() < 2 ? "" : String.join(";", row.subList(1, last + 1));
            if (meta.containsKey(key)) {
                findings.add("duplicate META key", rows.recordLine(), "META key '" + key + "' appears twice; the last value is used");
            }
            meta.put(key, value);
            metaLine.put(key, rows.recordLine());
        }
        throw reject(rows.recordLine(), "the file ends in the META section (no PROJECTS)");
    }

    // ---------------------------------------------------------------- projects

    private static final class ProjectsTable {
        final List<String> ids = new ArrayList<>();
        final List<String> costs = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();
        final List<List<String>> categories = new ArrayList<>();
        final List<List<String>> targets = new ArrayList<>();
        final List<Map<String, String>> fields = new ArrayList<>();
        final Map<String, Long> declaredVotes = new HashMap<>();
        final Map<String, Long> declaredScore = new HashMap<>();
        Map<String, Integer> selected;
    }

    private static boolean isNone(String v) {
        return v.isEmpty() || v.equalsIgnoreCase("none");
    }

    private static List<String> splitList(String v) {
        if (isNone(v)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : v.split(",")) {
            String t = s.trim();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    private ProjectsTable readProjects() throws PabulibFormatException {
        List<String> h = header("PROJECTS", "project_id", "cost");
        int idCol = h.indexOf("project_id");
        int costCol = h.indexOf("cost");
        int selCol = h.indexOf("selected");
        int votesCol = h.indexOf("votes");
        int scoreCol = h.indexOf("score");
        int catCol = h.contains("category") ? h.indexOf("category") : h.indexOf("categories");
        int tgtCol = h.contains("target") ? h.indexOf("target") : h.indexOf("targets");
        ProjectsTable t = new ProjectsTable();
        if (selCol >= 0) {
            t.selected = new LinkedHashMap<>();
        }
        Set<String> seen = new HashSet<>();
        while (nextRow()) {
            if (sectionName() != null) {
                if (!"votes".equals(sectionName())) {
                    throw reject(rows.recordLine(), "expected the VOTES section after PROJECTS, found " + row.get(0));
                }
                return t;
            }
            int line = rows.recordLine();
            if (row.size() != h.size()) {
                throw reject(line, "project row has " + row.size() + " fields but the header has " + h.size());
            }
            String id = row.get(idCol);
            if (id.isEmpty()) {
                throw reject(line, "project row has an empty project_id");
            }
            if (!seen.add(id)) {
                throw reject(line, "project_id '" + id + "' appears twice");
            }
            String cost = row.get(costCol);
            String shown = cost.length() > 40 ? cost.substring(0, 37) + "…" : cost;
            try {
                java.math.BigDecimal amount = Money.parse(cost);
                if (amount.signum() < 0) {
                    throw reject(line, "project " + id + " has a negative cost: " + shown);
                }
                if (amount.compareTo(Money.MAX) > 0) {
                    throw reject(line, "project " + id + " has a cost of " + shown + ", larger than the largest accepted, 10^12");
                }
            } catch (NumberFormatException e) {
                throw reject(line, "project " + id + " has a cost that is not a number: '" + shown + "'");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < h.size(); i++) {
                if (i == selCol || h.get(i).isEmpty()) {
                    continue;
                }
                String v = row.get(i);
                if (!isNone(v)) {
                    fields.put(h.get(i), v);
                }
            }
            if (selCol >= 0) {
                String s = row.get(selCol);
                Integer value = null;
                if (!isNone(s)) {
                    try {
                        value = Money.parse(s).intValueExact();
                    } catch (RuntimeException e) {
                        throw reject(line, "project " + id + " has selected = '" + s + "'; expected 0, 1, 2 or 3");
                    }
                    if (value < 0 || value > 3) {
                        throw reject(line, "project " + id + " has selected = " + s + "; expected 0, 1, 2 or 3");
                    }
                }
                t.selected.put(id, value == null ? 0 : value);
            }
            declared(t.declaredVotes, id, votesCol < 0 ? null : row.get(votesCol), "votes", line);
            declared(t.declaredScore, id, scoreCol < 0 ? null : row.get(scoreCol), "score", line);
            t.ids.add(id);
            t.costs.add(cost);
            t.lines.add(line);
            t.categories.add(catCol < 0 ? List.of() : splitList(row.get(catCol)));
            t.targets.add(tgtCol < 0 ? List.of() : splitList(row.get(tgtCol)));
            t.fields.add(java.util.Collections.unmodifiableMap(fields));
        }
        throw reject(rows.recordLine(), "the file ends in the PROJECTS section (no VOTES)");
    }

    private void declared(Map<String, Long> into, String id, String value, String column, int line) {
        if (value == null || isNone(value)) {
            return;
        }
        try {
            into.put(id, Money.parse(value).longValueExact());
        } catch (RuntimeException e) {
            findings.add("non-numeric " + column, line, "project " + id + " has " + column + " = '" + value + "'");
        }
    }

    private int scaleOf(String budgetText, ProjectsTable t, Map<String, String> meta) throws PabulibFormatException {
        int scale = 0;
        try {
            scale = Money.decimals(budgetText);
        } catch (NumberFormatException e) {
            throw reject(lineOf("budget"), "budget '" + budgetText + "' is not a number");
        }
        for (int i = 0; i < t.costs.size(); i++) {
            scale = Math.max(scale, Money.decimals(t.costs.get(i)));
        }
        for (String k : List.of("max_sum_cost", "min_sum_cost")) {
            String v = meta.get(k);
            if (v != null) {
                try {
                    scale = Math.max(scale, Money.decimals(v));
                } catch (NumberFormatException e) {
                    findings.add("non-numeric " + k, 0, k + " = '" + v + "' is not a number; ignored");
                }
            }
        }
        if (scale > MAX_SCALE) {
            throw reject(sectionLine, "amounts have more than " + MAX_SCALE + " decimal places");
        }
        return scale;
    }

    // ---------------------------------------------------------------- votes

    private Profile readVotes(Instance instance) throws PabulibFormatException {
        List<String> h = header("VOTES", "voter_id", "vote");
        int idCol = h.indexOf("voter_id");
        int voteCol = h.indexOf("vote");
        int pointsCol = h.indexOf("points");
        VoteType type = instance.voteType();
        if (type.hasPoints() && pointsCol < 0) {
            throw reject(rows.recordLine(), "vote_type " + type.pabulibName() + " needs a 'points' column in VOTES");
        }
        boolean withPoints = type.hasPoints();
        List<Integer> attrCols = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            if (i != idCol && i != voteCol && i != pointsCol && !h.get(i).isEmpty()) {
                attrCols.add(i);
            }
        }
        int capacity = 1024;
        int[] start = new int[capacity + 1];
        String[] voterIds = new String[capacity];
        int[] lines = new int[capacity];
        List<String[]> attrs = new ArrayList<>();
        for (int ignored : attrCols) {
            attrs.add(new String[capacity]);
        }
        int[] entries = new int[capacity * 4];
        int[] points = withPoints ? new int[capacity * 4] : null;
        int n = 0;
        int e = 0;
        boolean[] inBallot = new boolean[instance.size()];
        int[] ballotScratch = new int[16];
        ProjectIds ids = new ProjectIds(instance.projects());
        byte[] bytes = rows.bytes();
        while (nextRecord()) {
            int line = rows.recordLine();
            if (atSection()) {
                throw reject(line, "unexpected section " + rows.field(0) + " after VOTES");
            }
            if (rows.count() != h.size()) {
                throw reject(line, "vote row has " + rows.count() + " fields but the header has " + h.size());
            }
            if (n == capacity) {
                capacity *= 2;
                start = Arrays.copyOf(start, capacity + 1);
                voterIds = Arrays.copyOf(voterIds, capacity);
                lines = Arrays.copyOf(lines, capacity);
                for (int a = 0; a < attrs.size(); a++) {
                    attrs.set(a, Arrays.copyOf(attrs.get(a), capacity));
                }
            }
            String voterId = rows.field(idCol);
            int vFrom = rows.from(voteCol);
            int vTo = rows.to(voteCol);
            int tokens = vFrom == vTo ? 0 : countCommas(bytes, vFrom, vTo) + 1;
            int pPos = 0;
            int pTo = 0;
            if (withPoints) {
                pPos = rows.from(pointsCol);
                pTo = rows.to(pointsCol);
                int pointTokens = pPos == pTo ? 0 : countCommas(bytes, pPos, pTo) + 1;
                if (pointTokens != tokens) {
                    throw reject(line, "the ballot lists " + tokens + " projects but " + pointTokens + " points");
                }
            }
            int count = 0;
            int tPos = vFrom;
            for (int k = 0; k < tokens; k++) {
                int tEnd = indexOf(bytes, ',', tPos, vTo);
                int tf = tPos;
                int tt = tEnd;
                tPos = tEnd + 1;
                int pf = 0;
                int pt = 0;
                if (withPoints) {
                    int pEnd = indexOf(bytes, ',', pPos, pTo);
                    pf = pPos;
                    pt = pEnd;
                    pPos = pEnd + 1;
                }
                while (tf < tt && bytes[tf] <= ' ') {
                    tf++;
                }
                while (tt > tf && bytes[tt - 1] <= ' ') {
                    tt--;
                }
                if (tf == tt) {
                    continue;
                }
                int pi = ids.find(bytes, tf, tt);
                if (pi < 0) {
                    findings.add("unknown project in vote", line, "voter " + voterId + " voted for project '"
                            + new String(bytes, tf, tt - tf, StandardCharsets.UTF_8)
                            + "', which is not in PROJECTS; the entry is ignored");
                    continue;
                }
                if (inBallot[pi]) {
                    findings.add("project twice in a ballot", line, "voter " + voterId + " lists project "
                            + instance.project(pi).id() + " twice; counted once");
                    continue;
                }
                int pv = 1;
                if (withPoints) {
                    pv = parsePoints(bytes, pf, pt, line, instance.project(pi).id());
                }
                inBallot[pi] = true;
                if (count == ballotScratch.length) {
                    ballotScratch = Arrays.copyOf(ballotScratch, count * 2);
                }
                ballotScratch[count++] = pi;
                if (e == entries.length) {
                    entries = Arrays.copyOf(entries, e * 2);
                    if (points != null) {
                        points = Arrays.copyOf(points, e * 2);
                    }
                }
                entries[e] = pi;
                if (points != null) {
                    points[e] = pv;
                }
                e++;
            }
            for (int k = 0; k < count; k++) {
                inBallot[ballotScratch[k]] = false;
            }
            voterIds[n] = voterId;
            lines[n] = line;
            for (int a = 0; a < attrCols.size(); a++) {
                int col = attrCols.get(a);
                String v = rows.isEmpty(col) ? null : rows.field(col);
                attrs.get(a)[n] = v == null || isNone(v) ? null : v;
            }
            n++;
            start[n] = e;
        }
        Map<String, String[]> attributes = new LinkedHashMap<>();
        for (int a = 0; a < attrCols.size(); a++) {
            attributes.put(h.get(attrCols.get(a)), Arrays.copyOf(attrs.get(a), n));
        }
        return new Profile(Arrays.copyOf(start, n + 1), Arrays.copyOf(entries, e),
                points == null ? null : Arrays.copyOf(points, e), Arrays.copyOf(voterIds, n),
                Arrays.copyOf(lines, n), attributes);
    }

    private static int countCommas(byte[] b, int from, int to) {
        int c = 0;
        for (int i = from; i < to; i++) {
            if (b[i] == ',') {
                c++;
            }
        }
        return c;
    }

    private static int indexOf(byte[] b, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return to;
    }

    /** A whole number of points from bytes; decimals such as 2.0 are accepted when whole. */
    private int parsePoints(byte[] b, int from, int to, int line, String project) throws PabulibFormatException {
        while (from < to && b[from] <= ' ') {
            from++;
        }
        while (to > from && b[to - 1] <= ' ') {
            to--;
        }
        long v = 0;
        boolean digits = to > from;
        for (int i = from; i < to && digits; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9 || v > Integer.MAX_VALUE) {
                digits = false;
            } else {
                v = v * 10 + d;
            }
        }
        if (digits && v <= Integer.MAX_VALUE) {
            return (int) v;
        }
        String text = new String(b, from, to - from, StandardCharsets.UTF_8);
        int pv;
        try {
            pv = Money.parse(text).intValueExact();
        } catch (RuntimeException ex) {
            throw reject(line, "points '" + text + "' for project " + project + " is not a whole number");
        }
        if (pv < 0) {
            throw reject(line, "negative points " + pv + " for project " + project);
        }
        return pv;
    }

    // ---------------------------------------------------------------- consistency

    private void checkConsistency(Instance inst, Profile prof, ProjectsTable t, Optional<OfficialResult> official) {
        OptionalLong numVotes = inst.metaLong("num_votes");
        if (numVotes.isPresent() && numVotes.getAsLong() != prof.size()) {
            findings.add("num_votes mismatch", 0, "META num_votes = " + numVotes.getAsLong() + " but VOTES has "
                    + prof.size() + " ballots");
        }
        OptionalLong numProjects = inst.metaLong("num_projects");
        if (numProjects.isPresent() && numProjects.getAsLong() != inst.size()) {
            findings.add("num_projects mismatch", 0, "META num_projects = " + numProjects.getAsLong()
                    + " but PROJECTS has " + inst.size() + " rows");
        }
        Set<String> ids = new HashSet<>(prof.size() * 2);
        for (int b = 0; b < prof.size(); b++) {
            if (!ids.add(prof.voterId(b))) {
                findings.add("duplicate voter id", prof.line(b), "voter_id " + prof.voterId(b) + " appears more than once");
            }
        }
        checkBallotLimits(inst, prof);
        Tally tally = Tally.of(inst, prof);
        for (Project p : inst.projects()) {
            Long dv = t.declaredVotes.get(p.id());
            int line = t.lines.get(p.index());
            if (dv != null && dv != tally.supporters(p.index())) {
                findings.add("declared votes differ from ballots", line, "project " + p.id() + ": votes = " + dv
                        + " but " + tally.supporters(p.index()) + " ballots support it");
            }
            Long ds = t.declaredScore.get(p.id());
            if (ds != null && ds != tally.score(p.index())) {
                findings.add("declared score differs from ballots", line, "project " + p.id() + ": score = " + ds
                        + " but the ballots give " + tally.score(p.index()));
            }
        }
        official.ifPresent(o -> {
            long spent = 0;
            for (Project p : inst.projects()) {
                Integer s = o.selectedById().get(p.id());
                if (s != null && s == 1) {
                    spent += p.cost();
                }
            }
            if (spent > inst.budget()) {
                findings.add("selected over budget", 0, "projects marked selected = 1 cost " + inst.formatMoney(spent)
                        + ", more than the budget " + inst.formatMoney(inst.budget()));
            }
        });
    }

    private void checkBallotLimits(Instance inst, Profile prof) {
        VoteType type = inst.voteType();
        long minLen = inst.metaLong("min_length").orElse(type == VoteType.CHOOSE_ONE ? 1 : 0);
        long maxLen = inst.metaLong("max_length").orElse(type == VoteType.CHOOSE_ONE ? 1 : Long.MAX_VALUE);
        OptionalLong maxSum = inst.metaLong("max_sum_points");
        OptionalLong minSum = inst.metaLong("min_sum_points");
        OptionalLong maxPts = inst.metaLong("max_points");
        OptionalLong minPts = inst.metaLong("min_points");
        long maxCost = Long.MAX_VALUE;
        long minCost = 0;
        try {
            String v = inst.meta("max_sum_cost");
            if (v != null) {
                maxCost = Money.toUnits(v, inst.scale());
            }
            v = inst.meta("min_sum_cost");
            if (v != null) {
                minCost = Money.toUnits(v, inst.scale());
            }
        } catch (RuntimeException ignored) {
            // reported when the scale was computed
        }
        boolean costLimited = type == VoteType.APPROVAL && (maxCost != Long.MAX_VALUE || minCost > 0);
        for (int b = 0; b < prof.size(); b++) {
            int len = prof.length(b);
            if (len < minLen) {
                findings.add("ballot shorter than min_length", prof.line(b), "voter " + prof.voterId(b) + " chose "
                        + len + " projects; min_length is " + minLen);
            }
            if (len > maxLen) {
                findings.add("ballot longer than max_length", prof.line(b), "voter " + prof.voterId(b) + " chose "
                        + len + " projects; max_length is " + maxLen);
            }
            if (prof.hasPoints()) {
                long sum = 0;
                for (int k = 0; k < len; k++) {
                    int pv = prof.points(b, k);
                    sum += pv;
                    if (maxPts.isPresent() && pv > maxPts.getAsLong()) {
                        findings.add("points above max_points", prof.line(b), "voter " + prof.voterId(b) + " gave "
                                + pv + " points; max_points is " + maxPts.getAsLong());
                    }
                    if (minPts.isPresent() && pv < minPts.getAsLong()) {
                        findings.add("points below min_points", prof.line(b), "voter " + prof.voterId(b) + " gave "
                                + pv + " points; min_points is " + minPts.getAsLong());
                    }
                }
                if (maxSum.isPresent() && sum > maxSum.getAsLong()) {
                    findings.add("points above max_sum_points", prof.line(b), "voter " + prof.voterId(b) + " gave "
                            + sum + " points in total; max_sum_points is " + maxSum.getAsLong());
                }
                if (minSum.isPresent() && sum < minSum.getAsLong()) {
                    findings.add("points below min_sum_points", prof.line(b), "voter " + prof.voterId(b) + " gave "
                            + sum + " points in total; min_sum_points is " + minSum.getAsLong());
                }
            }
            if (costLimited) {
                long cost = 0;
                for (int k = 0; k < len; k++) {
                    cost += inst.project(prof.project(b, k)).cost();
                }
                if (cost > maxCost) {
                    findings.add("ballot above max_sum_cost", prof.line(b), "voter " + prof.voterId(b)
                            + " chose projects costing " + inst.formatMoney(cost) + "; max_sum_cost is "
                            + inst.formatMoney(maxCost));
                }
                if (cost < minCost) {
                    findings.add("ballot below min_sum_cost", prof.line(b), "voter " + prof.voterId(b)
                            + " chose projects costing " + inst.formatMoney(cost) + "; min_sum_cost is "
                            + inst.formatMoney(minCost));
                }
            }
        }
    }
}
