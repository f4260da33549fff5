package pl.miasto4.pb.rules;

import pl.miasto4.pb.Instance;
import pl.miasto4.pb.Profile;
import pl.miasto4.pb.Tally;

/**
 * The ballots turned around: for each project, the ballots that support it and with what weight
 * (1 for approval, choose-1 and ordinal ballots; the points for cumulative and cardinal ones).
 * Built once per count and shared by the proportional rules.
 */
final class Supporters {
    final int voters;
    final int[][] ballots;
    final int[][] weights; // null entry when every weight is 1

    private Supporters(int voters, int[][] ballots, int[][] weights) {
        this.voters = voters;
        this.ballots = ballots;
        this.weights = weights;
    }

    static Supporters of(Instance instance, Profile profile) {
        int m = instance.size();
        int[] count = new int[m];
        for (int b = 0; b < profile.size(); b++) {
            for (int k = 0; k < profile.length(b); k++) {
                count[profile.project(b, k)]++;
            }
        }
        int[][] ballots = new int[m][];
        int[][] weights = new int[m][];
        boolean weighted = instance.voteType().hasPoints();
        for (int p = 0; p < m; p++) {
            ballots[p] = new int[count[p]];
            if (weighted) {
                weights[p] = new int[count[p]];
            }
        }
        int[] fill = new int[m];
        for (int b = 0; b < profile.size(); b++) {
            int len = profile.length(b);
            for (int k = 0; k < len; k++) {
                int p = profile.project(b, k);
                int i = fill[p]++;
                ballots[p][i] = b;
                if (weighted) {
                    weights[p][i] = (int) Tally.utility(instance.voteType(), profile, b, k, len, 0);
                }
            }
        }
        if (weighted) {
            for (int p = 0; p < m; p++) {
                boolean allOne = true;
                for (int w : weights[p]) {
                    if (w != 1) {
                        allOne = false;
                        break;
                    }
                }
                if (allOne) {
                    weights[p] = null;
                }
            }
        }
        return new Supporters(profile.size(), ballots, weights);
    }

    int count(int project) {
        return ballots[project].length;
    }

    int weight(int project, int i) {
        return weights[project] == null ? 1 : weights[project][i];
    }
}
