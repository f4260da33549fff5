package pl.miasto4.pb.rules;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.miasto4.pb.Instance;
import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.PabulibReader;
import pl.miasto4.pb.Profile;
import pl.miasto4.pb.Tally;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optimised Equal Shares (voter states, one common denominator, lazy evaluation, ranked states)
 * against a plain transcription of the definition: one exact budget per voter, every candidate priced
 * every round by sorting its supporters. Both must buy the same projects in the same order on real
 * files, at the real budget and at raised budgets (as add1 does).
 */
@Tag("sweep")
class EqualSharesReferenceTest {

    /** The definition, voter by voter, with cost satisfaction. */
    static List<Integer> reference(Instance in, Profile prof, long virtualBudget) {
        int n = prof.size();
        int m = in.size();
        Rational[] budget = new Rational[n];
        Arrays.fill(budget, Rational.of(virtualBudget, n));
        List<List<int[]>> sup = new ArrayList<>(); // per project: {voter, weight}
        for (int p = 0; p < m; p++) {
            sup.add(new ArrayList<>());
        }
        for (int b = 0; b < n; b++) {
            for (int k = 0; k < prof.length(b); k++) {
                int w = (int) Tally.utility(in.voteType(), prof, b, k, prof.length(b), 0);
                if (in.voteType() == pl.miasto4.pb.VoteType.ORDINAL) {
                    w = 1;
                }
                sup.get(prof.project(b, k)).add(new int[]{b, w});
            }
        }
        List<Integer> winners = new ArrayList<>();
        boolean[] done = new boolean[m];
        while (true) {
            Rational best = null;
            int bestP = -1;
            for (int p = 0; p < m; p++) {
                long cost = in.project(p).cost();
                if (done[p] || cost == 0 || sup.get(p).isEmpty()) {
                    continue;
                }
                Rational money = Rational.ZERO;
                for (int[] vw : sup.get(p)) {
                    if (vw[1] > 0) {
                        money = money.add(budget[vw[0]]);
                    }
                }
                if (money.compareTo(cost) < 0) {
                    done[p] = true;
                    continue;
                }
                // price per unit of utility (u = weight × cost): poorest (budget / u) first
                List<int[]> s = new ArrayList<>(sup.get(p));
                s.removeIf(vw -> vw[1] == 0);
                s.sort((x, y) -> budget[x[0]].multiply(y[1]).compareTo(budget[y[0]].multiply(x[1])));
                Rational left = Rational.of(cost);
                long weight = 0;
                for (int[] vw : s) {
                    weight += vw[1];
                }
                Rational rho = null;
                for (int[] vw : s) {
                    Rational perWeight = left.divide(weight);
                    if (perWeight.multiply(vw[1]).compareTo(budget[vw[0]]) > 0) {
                        left = left.subtract(budget[vw[0]]);
                        weight -= vw[1];
                    } else {
                        rho = perWeight.divide(cost);
                        break;
                    }
                }
                boolean better = best == null || rho.compareTo(best) < 0
                        || rho.compareTo(best) == 0 && (cost < in.project(bestP).cost()
                        || cost == in.project(bestP).cost() && sup.get(p).size() > sup.get(bestP).size());
                if (better) {
                    best = rho;
                    bestP = p;
                }
            }
            if (bestP < 0) {
                return winners;
            }
            winners.add(bestP);
            done[bestP] = true;
            long cost = in.project(bestP).cost();
            for (int[] vw : sup.get(bestP)) {
                Rational pay = best.multiply(cost).multiply(vw[1]);
                budget[vw[0]] = budget[vw[0]].compareTo(pay) <= 0 ? Rational.ZERO : budget[vw[0]].subtract(pay);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Poland_Swiecie_2023.pb", "extra/Poland_Wieliczka_2023_Green_Budget.pb",
            "Poland_Krakow_2020_Stare_Miasto.pb", "Poland_Krakow_2020_Nowa_Huta.pb", "Poland_Katowice_2023_Zarzecze.pb",
            "Poland_Gdansk_2020_Zaspa_Mlyniec.pb", "Poland_Warszawa_2019_Grochow_Centrum.pb",
            "Poland_Lodz_2022_Nr_33.pb"})
    void optimisedEqualSharesBuysWhatTheDefinitionBuys(String name) throws Exception {
        PabulibFile f = PabulibReader.read(Path.of("src/test/resources/pabulib", name));
        Instance in = f.instance();
        EqualShares mes = new EqualShares(in, Supporters.of(in, f.profile()), Satisfaction.COST);
        int n = f.profile().size();
        long step = n * in.currencyUnit();
        long start = Math.floorDiv(in.budget(), step) * step;
        for (long virtual : new long[]{in.budget(), start + step, start + 17 * step, start + 60 * step,
                2 * in.budget()}) {
            assertThat(mes.run(virtual).winners()).as(name + " at " + virtual)
                    .containsExactlyElementsOf(reference(in, f.profile(), virtual));
        }
    }
}
