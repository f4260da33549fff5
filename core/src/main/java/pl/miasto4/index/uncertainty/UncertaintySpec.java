package pl.miasto4.index.uncertainty;

import java.util.List;

/**
 * What an uncertainty analysis varies and how: the uncertain choices, the output whose ranks are
 * studied ({@code target}, an aggregate code such as "Index"), the number of replications, the
 * seed, and what to do when a geometric or harmonic mean meets a zero or negative value.
 *
 * @param replications uncertainty analysis: the number of random replications; sensitivity
 *                     analysis: the base sample size N (N·(d+2) replications are run)
 * @param sensitivity  also estimate first-order and total Sobol indices (Saltelli / Jansen)
 * @param shift        0: such a replication fails and is reported (counted, with its reason);
 *                     &gt; 0: geometric/harmonic means are taken of (x + shift), minus shift
 */
public record UncertaintySpec(List<Choice> choices, String target, int replications, long seed, boolean sensitivity,
                              double shift) {
    public UncertaintySpec {
        choices = List.copyOf(choices);
    }
}
