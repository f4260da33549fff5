package pl.miasto4.pb.rules;

import org.junit.jupiter.api.Test;
import pl.miasto4.pb.Instance;
import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.PabulibReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * pabutools' own rule tests, run on the product's rules (issue 18): the elections of its
 * tests/rules/test_rule.py and the 480 abcvoting instances of test_from_abcvoting.py, written as
 * pabulib files with their expected outcomes by {@code tools/reference/pabutools_instances.py}
 * (which says which pabutools rule each product rule is checked against). A count passes when its
 * funded set is one of pabutools' irresolute outcomes (restricted to supported projects where the
 * abcvoting test does so) and it stays within the budget.
 */
class PabutoolsInstancesTest {
    static final Path DIR = Path.of("src/test/resources/pabulib/pabutools");

    static Rule rule(String name, String satisfaction) {
        if (name.startsWith("equalshares") && satisfaction.equals("cardinality")) {
            EqualSharesRule.Completion c = switch (name) {
                case "equalshares" -> EqualSharesRule.Completion.NONE;
                case "equalshares/add1" -> EqualSharesRule.Completion.ADD1;
                default -> throw new IllegalArgumentException(name);
            };
            return new EqualSharesRule(name, c, Satisfaction.CARDINALITY);
        }
        return Rules.byName(name).orElseThrow();
    }

    @Test
    void everyRuleGivesOneOfPabutoolsOutcomesOnItsOwnTestInstances() throws Exception {
        List<String> lines = Files.readAllLines(DIR.resolve("expected.tsv"));
        Map<String, PabulibFile> files = new HashMap<>();
        Map<String, Integer> passedByRule = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split("\t", -1);
            PabulibFile file = files.computeIfAbsent(f[0], n -> {
                try {
                    return PabulibReader.read(DIR.resolve(n));
                } catch (Exception e) {
                    throw new IllegalStateException(n, e);
                }
            });
            Instance in = file.instance();
            Outcome o = rule(f[1], f[2]).count(in, file.profile());
            assertThat(o.isSupported()).as(line).isTrue();
            assertThat(o.totalCost(in)).as(line).isLessThanOrEqualTo(in.budget());
            Set<String> supported = new TreeSet<>();
            for (int b = 0; b < file.profile().size(); b++) {
                for (int k = 0; k < file.profile().length(b); k++) {
                    supported.add(in.project(file.profile().project(b, k)).id());
                }
            }
            Set<String> got = new TreeSet<>(o.selectedIds(in));
            if (f[3].equals("supported")) {
                got.retainAll(supported);
            }
            Set<Set<String>> allowed = new java.util.HashSet<>();
            for (String out : f[4].split(" \\| ")) {
                allowed.add(out.equals("-") ? Set.of() : new TreeSet<>(Arrays.asList(out.split(","))));
            }
            checked++;
            if (allowed.contains(got)) {
                passedByRule.merge(f[1] + " (" + f[2] + ")", 1, Integer::sum);
            } else {
                failures.add(f[0] + " " + f[1] + " " + f[2] + ": " + got + " is not one of " + f[4] + "   [" + f[5] + "]");
            }
        }
        System.out.println("pabutools instances: " + checked + " counts, passed per rule " + passedByRule);
        failures.forEach(System.out::println);
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(1900);
    }
}
