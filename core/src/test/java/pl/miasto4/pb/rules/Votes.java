package pl.miasto4.pb.rules;

import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.PabulibReader;

/** Small elections written as pabulib text, for hand-computed examples. */
final class Votes {
    private Votes() {
    }

    /**
     * @param projects "id:cost" pairs
     * @param ballots  one string per voter, project ids separated by commas
     */
    static PabulibFile approval(String budget, String rule, String[] projects, String... ballots) {
        return election(budget, "approval", rule, "", projects, ballots);
    }

    static PabulibFile election(String budget, String voteType, String rule, String extraMeta, String[] projects,
                                String... ballots) {
        StringBuilder sb = new StringBuilder("META\nkey;value\nbudget;" + budget + "\nvote_type;" + voteType
                + "\nrule;" + rule + "\n" + extraMeta + "PROJECTS\nproject_id;cost\n");
        for (String p : projects) {
            String[] idCost = p.split(":");
            sb.append(idCost[0]).append(';').append(idCost[1]).append('\n');
        }
        boolean points = voteType.equals("cumulative") || voteType.equals("scoring");
        sb.append(points ? "VOTES\nvoter_id;vote;points\n" : "VOTES\nvoter_id;vote\n");
        int i = 1;
        for (String b : ballots) {
            sb.append('v').append(i++).append(';').append(b).append('\n');
        }
        try {
            return PabulibReader.parse("example.pb", sb.toString());
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static java.util.List<String> count(String rule, PabulibFile f) {
        return Rules.byName(rule).orElseThrow().count(f.instance(), f.profile()).selectedIds(f.instance());
    }

    static String[] repeat(String ballot, int times) {
        String[] out = new String[times];
        java.util.Arrays.fill(out, ballot);
        return out;
    }

    static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
