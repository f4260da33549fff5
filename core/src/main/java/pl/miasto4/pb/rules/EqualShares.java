package pl.miasto4.pb.rules;

import pl.miasto4.pb.Instance;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Method of Equal Shares for a fixed (possibly virtual) budget, in exact arithmetic.
 * <p>
 * Definition (Peters, Pierczyński, Skowron, "Proportional Participatory Budgeting with Additive
 * Utilities", NeurIPS 2021; equalshares.net/implementation): the budget is split equally among the
 * voters. In each round, a project p costing c is affordable at price ρ per unit of satisfaction if its
 * supporters can pay Σ min(budget_i, ρ·u_i(p)) = c; the project with the smallest ρ is bought, each
 * supporter paying min(budget_i, ρ·u_i(p)). Counting stops when no project is affordable. Ties in ρ go
 * to the cheaper project, then to the one with more supporters (equalshares.net's tie-breaking), then
 * to the earlier one in the file (reported).
 * <p>
 * Speed: voters who supported the same bought projects and paid the same hold the same budget, so they
 * are kept as one <em>state</em> with one exact budget. A candidate is evaluated over the few states
 * among its supporters rather than over thousands of voters, and, as in the reference implementation,
 * candidates are evaluated lazily in order of their last price, which can only rise. All budgets are
 * integers over one common denominator, so comparisons are integer products without any gcd (the
 * numbers grow by a few bits per round, which costs less than reducing them; measured on Warszawa
 * Ursynów 2021, at most a few bits could be divided out). The budgets are kept as fixed-length limbs
 * ({@link Limbs}) changed in place, so moving them to a new denominator, the sweep over a candidate's
 * poor supporters and paying a share allocate nothing. Live states are kept ranked by budget, so a
 * candidate's supporters are counted per rank and come out poorest first without a sort; voters with
 * nothing left to support leave the count, and each project forgets the supporters it finds with
 * nothing left, so later rounds carry fewer states and scan fewer ballots.
 */
public final class EqualShares {
    private static final int ZERO_STATE = 1;

    /**
     * A bought project: the round, the price per unit of satisfaction (rho) and, for unweighted ballots,
     * what each supporter who could afford it paid; the exact fractions are reduced only when asked for.
     */
    public static final class Purchase {
        private final int project;
        private final int round;
        private final BigInteger rhoNum;
        private final BigInteger rhoDen;
        private final BigInteger shareNum;
        private final BigInteger shareDen;
        private final boolean weighted;
        private final int payers;
        private final int exhaustedPayers;

        Purchase(int project, int round, BigInteger rhoNum, BigInteger rhoDen, BigInteger shareNum,
                 BigInteger shareDen, boolean weighted, int payers, int exhaustedPayers) {
            this.project = project;
            this.round = round;
            this.rhoNum = rhoNum;
            this.rhoDen = rhoDen;
            this.shareNum = shareNum;
            this.shareDen = shareDen;
            this.weighted = weighted;
            this.payers = payers;
            this.exhaustedPayers = exhaustedPayers;
        }

        public int project() {
            return project;
        }

        public int round() {
            return round;
        }

        /** Price per unit of satisfaction. */
        public Rational rho() {
            return Rational.of(rhoNum, rhoDen);
        }

        /** Money per unit of weight: what a supporter who could afford it paid (per point if weighted). */
        public Rational sharePerWeight() {
            return Rational.of(shareNum, shareDen);
        }

        /** What each supporter who could afford it paid; null for weighted (points) ballots. */
        public Rational pricePerSupporter() {
            return weighted ? null : sharePerWeight();
        }

        public int payers() {
            return payers;
        }

        public int exhaustedPayers() {
            return exhaustedPayers;
        }
    }

    /** A project found unaffordable: in which round and how much its supporters still had. */
    public record Removal(int project, int round, BigInteger moneyNumerator, BigInteger moneyDenominator) {
        public Rational supportersMoney() {
            return Rational.of(moneyNumerator, moneyDenominator);
        }
    }

    /** One run for one budget. */
    public record Run(long virtualBudget, Rational budgetPerVoter, List<Purchase> purchases,
                      Map<Integer, Removal> removals, List<Why> ties) {
        public List<Integer> winners() {
            List<Integer> w = new ArrayList<>(purchases.size());
            for (Purchase p : purchases) {
                w.add(p.project);
            }
            return w;
        }
    }

    private final Instance instance;
    private final Supporters supporters;
    private final long[] unit;
    private final Price[] initialLowerRho;
    private final int[] initialOrder;       // the fundable projects by initial lower bound, then index
    private final int[] initialActiveCount; // per voter: fundable projects supported
    private final long maxCost;

    // per-run state: voter v holds budget(state[v]) / denominator; the budget numerators are unsigned integers
    // of `len` 32-bit limbs (least significant first; enough for any amount over the current denominator),
    // state s at mag[s * width] (width >= len: room to grow), updated in place
    private int[] state;
    private int[] mag;
    private int width;
    private int len;
    private int capacity;  // states the per-state arrays hold
    private int moneyBits; // bits of the largest amount of money (budget or cost) in currency units
    private int[] left;    // scratch of evaluate(): the cost not yet covered, over the denominator
    private int[] share;   // scratch of evaluate() and pay(): an equal share
    private int[] holders;
    private int stateCount;
    private BigInteger denominator;
    private int[] touched;
    private int[] nextState; // per-purchase transition of unweighted supporters, 0 = not yet known
    private int[] activeCount;    // per voter: projects supported that are still undecided
    private int[] ranked;         // live states (not the empty one) by increasing budget
    private int rankedCount;
    private int[] rank;           // position of each live state in ranked
    private int[] parent;         // per state created by a purchase: the state its voters came from
    private boolean parentOrdered; // the last purchase's new states are in the order of their parents
    private int[] countByRank;    // scratch of group(): supporters per rank
    private long[] rankBits;      // scratch of group(): the ranks present
    // per unweighted project: its supporters who may still hold money (those found in the empty state are
    // dropped as they are met, keeping the order), so later rounds scan fewer ballots
    private int[][] live;
    private int[] liveCount;

    EqualShares(Instance instance, Supporters supporters, Satisfaction satisfaction) {
        this.instance = instance;
        this.supporters = supporters;
        this.unit = new long[instance.size()];
        for (int p = 0; p < unit.length; p++) {
            unit[p] = satisfaction == Satisfaction.COST ? instance.project(p).cost() : 1;
        }
        this.initialLowerRho = lowerBounds();
        List<Integer> fundable = new ArrayList<>();
        long max = 0;
        for (int p = 0; p < instance.size(); p++) {
            max = Math.max(max, instance.project(p).cost());
            if (fundable(p)) {
                fundable.add(p);
            }
        }
        this.maxCost = max;
        fundable.sort(this::byLowerBound);
        this.initialOrder = fundable.stream().mapToInt(Integer::intValue).toArray();
        this.initialActiveCount = new int[supporters.voters];
        for (int p : initialOrder) {
            for (int v : supporters.ballots[p]) {
                initialActiveCount[v]++;
            }
        }
    }

    private Price[] lowerBounds() {
        Price[] lower = new Price[instance.size()];
        for (int p = 0; p < lower.length; p++) {
            long totalWeight = 0;
            for (int i = 0; i < supporters.count(p); i++) {
                totalWeight += supporters.weight(p, i);
            }
            lower[p] = new Price(BigInteger.valueOf(instance.project(p).cost()),
                    BigInteger.valueOf(Math.max(1, totalWeight)).multiply(BigInteger.valueOf(Math.max(1, unit[p]))));
        }
        return lower;
    }

    private int byLowerBound(int a, int b) {
        int c = initialLowerRho[a].compareTo(initialLowerRho[b]);
        return c != 0 ? c : Integer.compare(a, b);
    }

    /**
     * Whether the rounds can ever buy the project: it has supporters and a positive cost (a free project
     * is worth nothing with cost satisfaction; with cardinality satisfaction {@link EqualSharesRule} funds
     * it before the rounds, as pabutools).
     */
    boolean fundable(int p) {
        return supporters.count(p) > 0 && instance.project(p).cost() > 0;
    }

    /** An unreduced non-negative fraction num/den (den > 0), compared by cross-multiplication. */
    private record Price(BigInteger num, BigInteger den) implements Comparable<Price> {
        @Override
        public int compareTo(Price o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }
    }

    Run run(long virtualBudget) {
        int n = supporters.voters;
        int m = instance.size();
        List<Purchase> purchases = new ArrayList<>();
        Map<Integer, Removal> removals = new HashMap<>();
        List<Why> ties = new ArrayList<>();
        if (n == 0) {
            return new Run(virtualBudget, Rational.ZERO, purchases, removals, ties);
        }
        state = new int[n];
        capacity = Math.max(16, capacity); // as many states as the last run needed: add1's runs are alike
        holders = new int[capacity];
        holders[0] = n;
        denominator = BigInteger.valueOf(n);
        moneyBits = 64 - Long.numberOfLeadingZeros(Math.max(Math.max(virtualBudget, maxCost), 1)) + 1;
        stateCount = 2;
        len = 0;
        // as wide as the last run ended (add1's runs are alike), so that states are seldom laid out again
        mag = new int[capacity * width];
        ensureWidth();
        Limbs.set(mag, 0, len, BigInteger.valueOf(virtualBudget)); // state 0: the budget over n; 1: nothing
        ranked = new int[16];
        ranked[0] = 0;
        rankedCount = 1;
        rank = new int[16];
        parent = new int[capacity];
        countByRank = new int[16];
        rankBits = new long[1];
        touched = new int[16];

        // the undecided projects, kept sorted by (lower bound of rho, index); ρ can never be below
        // cost / (total satisfaction): every supporter paying in full
        int[] active = initialOrder.clone();
        int count = active.length;
        Price[] lowerRho = initialLowerRho.clone();
        activeCount = initialActiveCount.clone();
        live = new int[m][];
        liveCount = new int[m];
        for (int p : active) {
            if (supporters.weights[p] == null) {
                live[p] = supporters.ballots[p].clone();
                liveCount[p] = live[p].length;
            }
        }
        Evaluation[] evals = new Evaluation[m];
        boolean[] gone = new boolean[m];
        List<Integer> best = new ArrayList<>();
        int round = 0;
        while (count > 0) {
            round++;
            Evaluation bestEval = null;
            best.clear();
            int evaluated = 0; // the candidates are evaluated in order: a prefix of active
            for (; evaluated < count; evaluated++) {
                int c = active[evaluated];
                if (bestEval != null && lowerRho[c].compareTo(bestEval.rho) > 0) {
                    break;
                }
                Evaluation e = evaluate(c);
                evals[c] = e;
                if (e.rho == null) {
                    gone[c] = true;
                    removals.put(c, new Removal(c, round, e.left, denominator));
                    retire(c);
                    continue;
                }
                lowerRho[c] = e.rho;
                int cmp = bestEval == null ? -1 : e.rho.compareTo(bestEval.rho);
                if (cmp < 0) {
                    bestEval = e;
                    best.clear();
                    best.add(c);
                } else if (cmp == 0) {
                    best.add(c);
                }
            }
            if (best.isEmpty()) {
                break;
            }
            int winner = TieBreak.cheapestThenMostSupported(instance, supporters, best, ties, round, "price");
            purchases.add(pay(winner, round, evals[winner]));
            if (supporters.weights[winner] != null) {
                retire(winner); // unweighted: done while paying
            }
            gone[winner] = true;
            // only the evaluated prefix has new lower bounds: the rest stays sorted, and the evaluated ones
            // still undecided are put back in place by binary search (the same order a full sort gives)
            int[] again = Arrays.copyOf(active, evaluated);
            System.arraycopy(active, evaluated, active, 0, count - evaluated);
            count -= evaluated;
            for (int c : again) {
                if (gone[c]) {
                    continue;
                }
                int lo = 0;
                int hi = count;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    int a = active[mid];
                    int cmp = lowerRho[a].compareTo(lowerRho[c]);
                    if (cmp < 0 || (cmp == 0 && a < c)) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                System.arraycopy(active, lo, active, lo + 1, count - lo);
                active[lo] = c;
                count++;
            }
        }
        return new Run(virtualBudget, Rational.of(virtualBudget, n), purchases, removals, ties);
    }

    /**
     * A candidate's price: each supporter pays min(budget, perWeight × weight), where perWeight =
     * left / (weightLeft × denominator) money units; rho = perWeight / unit. When the supporters cannot
     * afford the project, rho is null and left is their money (over the denominator).
     */
    private record Evaluation(Price rho, BigInteger left, long weightLeft, int exhausted, int payers) {
    }

    /** Groups the supporters of c by (state, weight): returns the number of groups; fills keys and sizes. */
    private int group(int c, long[][] keysOut, int[][] sizesOut) {
        int[] ballots = supporters.ballots[c];
        if (supporters.weights[c] == null) {
            // counted by rank and read back in rank order: the groups come out poorest first, without a sort
            int[] count = countByRank;
            long[] bits = rankBits;
            int[] voters = live[c];
            int kept = 0;
            int t = 0;
            for (int j = 0, size = liveCount[c]; j < size; j++) {
                int v = voters[j];
                int s = state[v];
                if (s == ZERO_STATE) {
                    continue;
                }
                voters[kept++] = v;
                int r = rank[s];
                if (count[r]++ == 0) {
                    bits[r >>> 6] |= 1L << r;
                    t++;
                }
            }
            liveCount[c] = kept;
            long[] keys = new long[t];
            int[] sizes = new int[t];
            int i = 0;
            for (int w = 0; i < t; w++) {
                long word = bits[w];
                bits[w] = 0;
                while (word != 0) {
                    int r = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    keys[i] = ((long) ranked[r] << 32) | 1L;
                    sizes[i++] = count[r];
                    count[r] = 0;
                }
            }
            keysOut[0] = keys;
            sizesOut[0] = sizes;
            return t;
        }
        long[] raw = new long[ballots.length];
        int k = 0;
        for (int i = 0; i < ballots.length; i++) {
            int s = state[ballots[i]];
            int w = supporters.weights[c][i];
            if (s != ZERO_STATE && w != 0) {
                raw[k++] = ((long) s << 32) | w;
            }
        }
        Arrays.sort(raw, 0, k);
        long[] keys = new long[k];
        int[] sizes = new int[k];
        int groups = 0;
        for (int i = 0; i < k; i++) {
            if (groups > 0 && keys[groups - 1] == raw[i]) {
                sizes[groups - 1]++;
            } else {
                keys[groups] = raw[i];
                sizes[groups] = 1;
                groups++;
            }
        }
        keysOut[0] = keys;
        sizesOut[0] = sizes;
        return groups;
    }

    private Evaluation evaluate(int c) {
        long[][] k = new long[1][];
        int[][] z = new int[1][];
        int groups = group(c, k, z);
        long[] keys = k[0];
        int[] sizes = z[0];
        long totalWeight = 0;
        for (int g = 0; g < groups; g++) {
            totalWeight += sizes[g] * (keys[g] & 0xFFFFFFFFL);
        }
        BigInteger cost = BigInteger.valueOf(instance.project(c).cost()).multiply(denominator);
        int[] order = new int[groups];
        BigInteger[] groupBudget = null; // weighted ballots: the budget of each group
        if (supporters.weights[c] == null) {
            // group() returns them poorest first (by rank)
            for (int g = 0; g < groups; g++) {
                order[g] = g;
            }
        } else {
            // poorest first, by budget per unit of weight (each group's budget read from its limbs once)
            groupBudget = new BigInteger[groups];
            Integer[] boxed = new Integer[groups];
            for (int g = 0; g < groups; g++) {
                boxed[g] = g;
                groupBudget[g] = budget((int) (keys[g] >>> 32));
            }
            BigInteger[] gb = groupBudget;
            Arrays.sort(boxed, (a, b) -> {
                BigInteger ba = gb[a];
                BigInteger bb = gb[b];
                long wa = keys[a] & 0xFFFFFFFFL;
                long wb = keys[b] & 0xFFFFFFFFL;
                return wa == wb ? ba.compareTo(bb)
                        : ba.multiply(BigInteger.valueOf(wb)).compareTo(bb.multiply(BigInteger.valueOf(wa)));
            });
            for (int g = 0; g < groups; g++) {
                order[g] = boxed[g];
            }
        }
        BigInteger left = cost;
        long weightLeft = totalWeight;
        int exhausted = 0;
        if (supporters.weights[c] == null) {
            // unweighted: a group is poor when budget < left / weightLeft. That share only rises as poor
            // groups drop out, so every group below the current share (rounded up) is poor: take them in
            // one sweep of comparisons and subtractions, and divide again only when the share has moved.
            // In place on limbs: no number is allocated per group.
            int[] l = this.left;
            int[] q = this.share;
            Limbs.set(l, 0, len, cost);
            int i = 0;
            while (i < groups && weightLeft > 0) {
                Limbs.divideRoundingUp(l, q, len, weightLeft);
                int before = i;
                while (i < groups) {
                    int g = order[i];
                    int off = (int) (keys[g] >>> 32) * width;
                    if (Limbs.compare(mag, off, q, 0, len) >= 0) {
                        break;
                    }
                    Limbs.subtractMultiple(l, 0, l, 0, mag, off, len, sizes[g]);
                    weightLeft -= sizes[g];
                    exhausted += sizes[g];
                    i++;
                }
                if (i == before) {
                    break;
                }
            }
            left = Limbs.toBigInteger(l, 0, len);
        }
        for (int i = 0; i < groups && supporters.weights[c] != null; i++) {
            int g = order[i];
            BigInteger b = groupBudget[g];
            long w = keys[g] & 0xFFFFFFFFL;
            // poor if an equal share per weight of what is left, times w, exceeds the budget
            BigInteger need = w == 1 ? left : left.multiply(BigInteger.valueOf(w));
            if (need.compareTo(b.multiply(BigInteger.valueOf(weightLeft))) > 0) {
                left = left.subtract(sizes[g] == 1 ? b : b.multiply(BigInteger.valueOf(sizes[g])));
                weightLeft -= sizes[g] * w;
                exhausted += sizes[g];
            } else {
                break;
            }
        }
        if (weightLeft == 0) {
            // every supporter would have to pay more than it has: not affordable; left = cost - money
            return new Evaluation(null, cost.subtract(left), 0, 0, 0);
        }
        int payers = 0;
        for (int g = 0; g < groups; g++) {
            payers += sizes[g];
        }
        Price rho = new Price(left, BigInteger.valueOf(weightLeft).multiply(denominator)
                .multiply(BigInteger.valueOf(unit[c])));
        return new Evaluation(rho, left, weightLeft, exhausted, payers);
    }

    /** The budget of state s over the current denominator (allocated: for weighted ballots). */
    private BigInteger budget(int s) {
        return Limbs.toBigInteger(mag, s * width, len);
    }

    /**
     * Lengthens the limbs to hold any amount of money over the current denominator (limbs above the old
     * length are zero); when they no longer fit, the states are laid out again with room for 8 more.
     */
    private void ensureWidth() {
        len = (moneyBits + denominator.bitLength() + 31) / 32 + 1;
        if (len <= width) {
            return;
        }
        int w = len + 8;
        int[] wider = new int[capacity * w];
        for (int s = 0; s < stateCount; s++) {
            System.arraycopy(mag, s * width, wider, s * w, width);
        }
        mag = wider;
        width = w;
        left = new int[w];
        share = new int[w];
    }

    private void grow() {
        int c = capacity * 2;
        mag = Arrays.copyOf(mag, c * width);
        holders = Arrays.copyOf(holders, c);
        parent = Arrays.copyOf(parent, c);
        capacity = c;
    }

    /**
     * A project is decided (bought or out of reach): voters with nothing left to support can never pay
     * again, so they leave their state. Fewer live states make every later round cheaper.
     */
    private void retire(int project) {
        int[] voters = live[project] != null ? live[project] : supporters.ballots[project];
        int size = live[project] != null ? liveCount[project] : voters.length;
        for (int j = 0; j < size; j++) {
            int v = voters[j];
            if (--activeCount[v] == 0 && state[v] != ZERO_STATE) {
                holders[state[v]]--;
                holders[ZERO_STATE]++;
                state[v] = ZERO_STATE;
            }
        }
    }

    /**
     * Keeps the live states sorted by budget: all budgets were scaled by the same factor, so the old
     * states keep their order; the emptied ones leave and the new ones are merged in. The voters of a new
     * state all paid the same share (unweighted ballots) from their parent state's budget, so new states are
     * in the order of their parents' ranks; each is then placed by an exponential and binary search from
     * where the previous one went.
     */
    private void rerank(int firstNew) {
        int[] old = new int[rankedCount];
        int n = 0;
        for (int i = 0; i < rankedCount; i++) {
            int s = ranked[i];
            if (holders[s] > 0) {
                old[n++] = s;
            }
        }
        int k = 0;
        long[] fresh = new long[stateCount - firstNew];
        for (int s = firstNew; s < stateCount; s++) {
            if (holders[s] > 0) {
                fresh[k++] = ((long) rank[parent[s]] << 32) | s;
            }
        }
        int[] added = new int[k];
        if (parentOrdered) {
            Arrays.sort(fresh, 0, k);
            for (int i = 0; i < k; i++) {
                added[i] = (int) fresh[i];
            }
        } else {
            Integer[] boxed = new Integer[k];
            for (int i = 0; i < k; i++) {
                boxed[i] = (int) fresh[i];
            }
            Arrays.sort(boxed, (a, b) -> Limbs.compare(mag, a * width, mag, b * width, len));
            for (int i = 0; i < k; i++) {
                added[i] = boxed[i];
            }
        }
        int total = n + k;
        if (ranked.length < total) {
            ranked = new int[Math.max(total, ranked.length * 2)];
        }
        int at = 0;
        int pos = 0; // next old state to place
        for (int i = 0; i < k; i++) {
            int b = added[i] * width;
            // first old state at or after pos whose budget is not below b
            int step = 1;
            int lo = pos;
            int hi = pos;
            while (hi < n && Limbs.compare(mag, old[hi] * width, mag, b, len) < 0) {
                lo = hi + 1;
                hi = pos + step;
                step *= 2;
            }
            hi = Math.min(hi, n);
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (Limbs.compare(mag, old[mid] * width, mag, b, len) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            System.arraycopy(old, pos, ranked, at, lo - pos);
            at += lo - pos;
            pos = lo;
            ranked[at++] = added[i];
        }
        System.arraycopy(old, pos, ranked, at, n - pos);
        rankedCount = total;
        if (rank.length < capacity) {
            rank = new int[capacity];
        }
        for (int i = 0; i < total; i++) {
            rank[ranked[i]] = i;
        }
        if (countByRank.length < total) {
            countByRank = new int[Math.max(total, countByRank.length * 2)];
        }
        if (rankBits.length * 64 < total) {
            rankBits = new long[(total + 63) / 64 * 2];
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private Purchase pay(int winner, int round, Evaluation e) {
        // the share per weight is left / (weightLeft · D); with g = gcd(left, weightLeft) all budgets move to
        // the denominator D · weightLeft / g, over which the share is the integer left / g
        long g = gcd(e.weightLeft, e.left.mod(BigInteger.valueOf(e.weightLeft)).longValue());
        BigInteger shareNum = g == 1 ? e.left : e.left.divide(BigInteger.valueOf(g));
        long scale = e.weightLeft / g;
        BigInteger oldDenominator = denominator;
        denominator = denominator.multiply(BigInteger.valueOf(scale));
        ensureWidth();
        // every live state moves to the new denominator now, in place
        for (int i = 0; i < rankedCount; i++) {
            int s = ranked[i];
            if (holders[s] > 0) {
                Limbs.multiply(mag, s * width, len, scale);
            }
        }
        int[] paid = this.share;
        Limbs.set(paid, 0, len, shareNum);
        int firstNew = stateCount;
        boolean unweighted = supporters.weights[winner] == null;
        int[] ballots = unweighted ? live[winner] : supporters.ballots[winner];
        int ballotCount = unweighted ? liveCount[winner] : ballots.length;
        Map<Long, Integer> transition = new HashMap<>();
        if (unweighted && (nextState == null || nextState.length < capacity)) {
            nextState = new int[capacity * 2];
        }
        int touchedStates = 0;
        for (int i = 0; i < ballotCount; i++) {
            int v = ballots[i];
            int s = state[v];
            if (s == ZERO_STATE) {
                continue;
            }
            int w = supporters.weight(winner, i);
            if (w == 0) {
                continue;
            }
            long key = ((long) s << 32) | w;
            int next; // -1: not yet known
            if (unweighted) {
                int ns = nextState[s];
                next = ns == 0 ? -1 : ns;
            } else {
                Integer known = transition.get(key);
                next = known == null ? -1 : known;
            }
            if (next < 0) {
                if (stateCount == capacity) {
                    grow();
                }
                // the budget after paying, written where a new state would go
                int at = stateCount * width;
                boolean negative = Limbs.subtractMultiple(mag, at, mag, s * width, paid, 0, len, w);
                if (negative || Limbs.isZero(mag, at, len)) {
                    next = ZERO_STATE;
                } else {
                    parent[stateCount] = s;
                    next = stateCount++;
                }
                if (unweighted) {
                    nextState[s] = next;
                    if (touchedStates == touched.length) {
                        touched = Arrays.copyOf(touched, touchedStates * 2);
                    }
                    touched[touchedStates++] = s;
                } else {
                    transition.put(key, next);
                }
            }
            holders[s]--;
            if (unweighted && --activeCount[v] == 0) {
                next = ZERO_STATE; // the winner was its last undecided project: retire(winner), done here
            }
            holders[next]++;
            state[v] = next;
        }
        for (int i = 0; i < touchedStates; i++) {
            nextState[touched[i]] = 0;
        }
        parentOrdered = unweighted;
        rerank(firstNew);
        return new Purchase(winner, round, e.rho.num, e.rho.den, shareNum,
                BigInteger.valueOf(scale).multiply(oldDenominator),
                supporters.weights[winner] != null, e.payers, e.exhausted);
    }
}
