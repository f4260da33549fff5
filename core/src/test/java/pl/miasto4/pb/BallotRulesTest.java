package pl.miasto4.pb;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes a ballot valid, rule by rule, with every problem reported at once. */
class BallotRulesTest {
    static final Map<String, BigDecimal> COSTS = new LinkedHashMap<>();

    static {
        COSTS.put("5", new BigDecimal("2000000"));
        COSTS.put("71", new BigDecimal("300000"));
        COSTS.put("43", new BigDecimal("450000.50"));
        COSTS.put("12", new BigDecimal("100000"));
    }

    static List<String> codes(List<BallotRules.Problem> problems) {
        return problems.stream().map(BallotRules.Problem::code).toList();
    }

    @Test
    void krakowsOrdinalBallotNamesExactlyThreeDifferentProjects() {
        BallotRules krakow = new BallotRules(VoteType.ORDINAL, COSTS, 3, 3, null, null, null);
        assertThat(krakow.check(List.of("71", "5", "43"), null)).isEmpty();
        assertThat(codes(krakow.check(List.of("71", "5"), null))).containsExactly("too_short");
        assertThat(codes(krakow.check(List.of("71", "5", "43", "12"), null))).containsExactly("too_long");
        assertThat(codes(krakow.check(List.of("71", "71", "99"), null))).containsExactly("duplicate_project", "unknown_project");
        assertThat(codes(krakow.check(List.of(), null))).containsExactly("empty");
        assertThat(codes(krakow.check(List.of("71", "5", "43"), List.of(3, 2, 1)))).containsExactly("points_not_allowed");
    }

    @Test
    void chooseOneIsExactlyOne() {
        BallotRules one = new BallotRules(VoteType.CHOOSE_ONE, COSTS, null, null, null, null, null);
        assertThat(one.check(List.of("12"), null)).isEmpty();
        assertThat(codes(one.check(List.of("12", "5"), null))).containsExactly("not_one");
    }

    @Test
    void approvalWithABudgetLimitCountsTheCostOfDistinctProjects() {
        BallotRules limited = new BallotRules(VoteType.APPROVAL, COSTS, null, null, null, null, new BigDecimal("750000.50"));
        assertThat(limited.check(List.of("71", "43"), null)).isEmpty();
        List<BallotRules.Problem> over = limited.check(List.of("71", "43", "12"), null);
        assertThat(codes(over)).containsExactly("cost_over");
        assertThat(over.get(0).values()).containsExactly("750000.50", "850000.50");
        assertThat(limited.most()).isEqualTo(4);
    }

    @Test
    void cumulativePointsArePositiveWithinTheLimits() {
        BallotRules points = new BallotRules(VoteType.CUMULATIVE, COSTS, 1, null, 5, 10, null);
        assertThat(points.check(List.of("5", "71"), List.of(5, 5))).isEmpty();
        assertThat(codes(points.check(List.of("5", "71"), List.of(6, 5)))).containsExactly("points_over_max", "points_sum_over");
        assertThat(codes(points.check(List.of("5", "71"), List.of(0, 5)))).containsExactly("points_not_positive");
        assertThat(codes(points.check(List.of("5", "71"), List.of(5)))).containsExactly("points_missing");
    }
}
