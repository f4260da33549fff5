#!/usr/bin/env python3
"""pabutools' own rule tests as pabulib files with their expected outcomes (issue 18).

Reads the test instances of pabutools (github.com/COMSOC-Community/pabutools, tests/rules/):
  - test_rule.py: the hand-made elections of dummy_elections(), test_iterated_exhaustion,
    test_completion, test_mes_analytics and test_iterated_exhaustion_analytics. They are Python
    code, so they are transcribed below, each with the name of its pabutools test;
  - abcvoting_test_instances/*.abc.yaml: 480 committee elections (unit costs, budget = committee
    size) with abcvoting's irresolute results, read as test_from_abcvoting.py reads them (rules
    "av", "seqphragmen", "equal-shares-with-av-completion"; outcomes restricted to the candidates
    somebody approves, as that test does);
and writes, for core/src/test/java/pl/miasto4/pb/rules/PabutoolsInstancesTest.java:
  <name>.pb        the election in pabulib format
  expected.tsv     file, product rule, satisfaction, scope, allowed outcomes, pabutools source

Which pabutools rule each product rule is checked against (see docs/pb.md):
  greedy                  greedy_utilitarian_welfare with Cost_Sat (density = votes)
  max-welfare             max_additive_utilitarian_welfare with Cardinality_Sat (total votes)
  equalshares             method_of_equal_shares (Cost_Sat; also Cardinality_Sat, an engine option)
  equalshares/add1        method_of_equal_shares with voter_budget_increment (mes_iterated) and
                          exhaustion_by_budget_increase; the product raises the budget per voter by
                          one currency unit, so the costs are scaled to make that unit pabutools'
                          increment (x10 for 1/10 per voter, x24n for 1/24 of the total budget)
  equalshares/utilitarian completion_by_rule_combination(MES Cost_Sat, greedy)
  phragmen                sequential_phragmen
An outcome passes if it is one of pabutools' irresolute outcomes (the product breaks ties its own
documented way). Instances that need an initial budget allocation (EmptyProfile_Initial, the
initial_budget_allocation cases) and rules the product does not have (greedy or max-welfare with
other satisfactions, maximin support, MES + Phragmén completion) are not written.

Usage: python3 tools/reference/pabutools_instances.py PABUTOOLS_DIR [OUT_DIR]
  (PABUTOOLS_DIR: a checkout of pabutools; written from commit 33b8575 of its main branch)
"""
import itertools
import os
import sys
from decimal import Decimal

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "core", "src", "test", "resources", "pabulib", "pabutools")

rows = []


def write_pb(name, projects, budget, ballots, description):
    """projects: list of (id, cost as str/Decimal); ballots: list of lists of ids."""
    lines = ["META", "key;value", "description;" + description, "country;none", "unit;pabutools tests",
             "instance;" + name, "num_projects;%d" % len(projects), "num_votes;%d" % len(ballots),
             "budget;%s" % budget, "vote_type;approval", "rule;greedy", "PROJECTS", "project_id;cost"]
    for pid, cost in projects:
        lines.append("%s;%s" % (pid, cost))
    lines += ["VOTES", "voter_id;vote"]
    for i, b in enumerate(ballots):
        lines.append("v%d;%s" % (i + 1, ",".join(b)))
    with open(os.path.join(OUT, name + ".pb"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def expect(name, rule, sat, outcomes, source, scope="all"):
    outs = sorted({",".join(sorted(o)) if o else "-" for o in outcomes})
    rows.append((name + ".pb", rule, sat, scope, " | ".join(outs), source))


def scaled(projects, budget, factor):
    return [(p, str(Decimal(str(c)) * factor)) for p, c in projects], str(Decimal(str(budget)) * factor)


def feasible_sets(projects, budget):
    ids = [p for p, _ in projects]
    cost = {p: Decimal(str(c)) for p, c in projects}
    out = []
    for r in range(len(ids) + 1):
        for s in itertools.combinations(ids, r):
            if sum((cost[p] for p in s), Decimal(0)) <= Decimal(str(budget)):
                out.append(list(s))
    return out


def exhaustive_sets(projects, budget):
    cost = {p: Decimal(str(c)) for p, c in projects}
    out = []
    for s in feasible_sets(projects, budget):
        left = Decimal(str(budget)) - sum((cost[p] for p in s), Decimal(0))
        if all(p in s or cost[p] > left for p in cost):
            out.append(s)
    return out


def dummy_elections():
    src = "test_rule.py dummy_elections "
    # Approval example 1
    p = [("p0", 1), ("p1", 3), ("p2", 2), ("p3", 1)]
    b = [["p0", "p1", "p2", "p3"]] * 2
    write_pb("AppEx_1", p, 3, b, "pabutools test_rule.py AppEx_1")
    expect("AppEx_1", "greedy", "cost", [["p0", "p2"], ["p0", "p3"], ["p1"], ["p2", "p3"]], src + "AppEx_1")
    expect("AppEx_1", "max-welfare", "cardinality", [["p0", "p3"], ["p0", "p2"], ["p2", "p3"]], src + "AppEx_1")

    # Approval examples 2 and 3 (3 adds three projects nobody approves)
    for name, extra in (("AppEx_2", []), ("AppEx_3", [("p4", "1.09"), ("p5", "1.09")])):
        p = [("p0", 1), ("p1", "0.9"), ("p2", 2), ("p3", "1.09")] + extra
        b = [["p0"], ["p1", "p2", "p3"], ["p1", "p2", "p3"], ["p2"]]
        write_pb(name, p, 4, b, "pabutools test_rule.py " + name)
        expect(name, "equalshares", "cardinality", [["p0", "p1", "p3"]], src + name)
        expect(name, "equalshares", "cost", [["p0", "p2"]], src + name)
        ps, bs = scaled(p, 4, 10)
        write_pb(name + "_x10", ps, bs, b, "pabutools test_rule.py %s, costs x10 (add1's unit = 1/10 per voter)" % name)
        if name == "AppEx_2":
            expect(name + "_x10", "equalshares/add1", "cardinality", [["p0", "p1", "p3"]], src + name + " mes_iterated")
        expect(name + "_x10", "equalshares/add1", "cost", [["p0", "p1", "p2"]], src + name + " mes_iterated")

    # Approval example 4 - with a project of cost 0
    p = [("p0", 0), ("p1", 1), ("p2", 2)]
    b = [["p0"], ["p0", "p1", "p2"], ["p2"]]
    write_pb("AppEx_4", p, 2, b, "pabutools test_rule.py AppEx_4 (a free project)")
    expect("AppEx_4", "greedy", "cost", [["p0", "p2"]], src + "AppEx_4")
    expect("AppEx_4", "max-welfare", "cardinality", [["p0", "p2"]], src + "AppEx_4")
    expect("AppEx_4", "equalshares", "cost", [[]], src + "AppEx_4")
    expect("AppEx_4", "equalshares", "cardinality", [["p0"]], src + "AppEx_4")
    ps, bs = scaled(p, 2, 10)
    write_pb("AppEx_4_x10", ps, bs, b, "pabutools test_rule.py AppEx_4, costs x10 (add1's unit = 1/10 per voter)")
    expect("AppEx_4_x10", "equalshares/add1", "cost", [["p2"]], src + "AppEx_4 mes_iterated")
    expect("AppEx_4_x10", "equalshares/add1", "cardinality", [["p0", "p1"], ["p0", "p2"]], src + "AppEx_4 mes_iterated")

    # Empty profile: one voter who approves nothing
    p = [("p0", 1), ("p1", 3), ("p2", 2), ("p3", 1)]
    write_pb("EmptyProfile", p, 3, [[]], "pabutools test_rule.py EmptyProfile")
    expect("EmptyProfile", "max-welfare", "cardinality", feasible_sets(p, 3), src + "EmptyProfile")
    expect("EmptyProfile", "greedy", "cost", exhaustive_sets(p, 3), src + "EmptyProfile")
    for sat in ("cost", "cardinality"):
        expect("EmptyProfile", "equalshares", sat, [[]], src + "EmptyProfile")
    expect("EmptyProfile", "phragmen", "-", [["p0"], ["p1"], ["p2"], ["p3"]], src + "EmptyProfile")

    # All affordable
    write_pb("AllAfford", p, 7, [["p0", "p1", "p2", "p3"]], "pabutools test_rule.py AllAfford")
    everything = [["p0", "p1", "p2", "p3"]]
    expect("AllAfford", "greedy", "cost", everything, src + "AllAfford")
    expect("AllAfford", "max-welfare", "cardinality", everything, src + "AllAfford")
    for sat in ("cost", "cardinality"):
        expect("AllAfford", "equalshares", sat, everything, src + "AllAfford")
    expect("AllAfford", "phragmen", "-", everything, src + "AllAfford")

    # Running example from Lackner & Skowron 2023 (also test_iterated_exhaustion)
    p = [(c, 1) for c in "abcdefg"]
    b = [["a", "b"]] * 3 + [["a", "c"]] * 3 + [["a", "d"]] * 2 + [["b", "c", "f"], ["e"], ["f"], ["g"]]
    write_pb("RunningEx_LackSkow23", p, 4, b, "pabutools test_rule.py RunningEx LackSkow23")
    expect("RunningEx_LackSkow23", "phragmen", "-", [["a", "b", "c", "d"]], src + "RunningEx LackSkow23")
    for sat in ("cost", "cardinality"):
        expect("RunningEx_LackSkow23", "equalshares", sat, [["a"]], src + "RunningEx LackSkow23")
    # exhaustion_by_budget_increase(MES Cost_Sat, budget_step = 1/24): 12 voters, so costs x 288 make
    # add1's one unit per voter = 12/288 = 1/24 of the original money
    ps, bs = scaled(p, 4, 288)
    write_pb("RunningEx_LackSkow23_x288", ps, bs, b, "pabutools test_iterated_exhaustion, costs x288 (add1's unit = 1/24 in total)")
    expect("RunningEx_LackSkow23_x288", "equalshares/add1", "cost", [["a", "b", "c", "d"]],
           "test_rule.py test_iterated_exhaustion (exhaustive_stop True and False)")


def completion():
    p = [("a", 1), ("b", 2), ("c", 2), ("d", 1), ("e", 1), ("f", 1)]
    b = [["a", "b"]] * 2 + [["a"]] + [["a", "c"]] * 3 + [["a", "d"]] * 2 + [["f"], ["e"]]
    write_pb("Completion", p, 5, b, "pabutools test_rule.py test_completion")
    expect("Completion", "equalshares", "cost", [["a"]], "test_rule.py test_completion")
    expect("Completion", "equalshares/utilitarian", "cost", [["a", "b", "c"]], "test_rule.py test_completion")
    p = [("p1", 2), ("p2", 2), ("p3", 3)]
    b = [["p1"]] * 5 + [["p2"], ["p3"], ["p3"]]
    write_pb("Completion_2", p, 4, b, "pabutools test_rule.py test_completion (second instance)")
    expect("Completion_2", "equalshares", "cost", [["p1"]], "test_rule.py test_completion")


def mes_analytics():
    cases = [([1, 1, 2, 1, 2], [0, 2], [0, 2], [0]),
             ([1, 1, 2, 1, 2], [0, 1, 2], [0], [0, 1]),
             ([1, 1, 2, 1, 2], [0, 1, 2], [0, 1, 2], [0, 1]),
             ([5, 1, 2, 1, 2], [0, 1, 2], [0, 1, 2], [1, 3]),
             ([5, 5, 5, 5, 5], [0, 1, 2], [0, 1, 2], [])]
    for k, (costs, third, fourth, picked) in enumerate(cases):
        ids = "abcde"
        p = [(ids[i], costs[i]) for i in range(5)]
        b = [["a", "b"], ["a", "b"], ["a"], [ids[i] for i in third], [ids[i] for i in fourth], ["a", "c"],
             ["a", "d"], ["a", "d"], ["e"], ["e"]]
        name = "MesAnalytics_%d" % (k + 1)
        write_pb(name, p, 5, b, "pabutools test_rule.py test_mes_analytics case %d" % (k + 1))
        expect(name, "equalshares", "cost", [[ids[i] for i in picked]], "test_rule.py test_mes_analytics")
    # test_iterated_exhaustion_analytics: exhaustion_by_budget_increase with budget_step 1/24, 10 voters
    p = [(c, 1) for c in "abcdefgh"]
    b = [["a", "b"]] * 2 + [["a", "c"]] * 2 + [["a", "d"]] * 2 + [["b", "c", "f"], ["e"], ["f"], ["g"]]
    ps, bs = scaled(p, 4, 240)
    write_pb("ExhaustionAnalytics_x240", ps, bs, b, "pabutools test_iterated_exhaustion_analytics, costs x240")
    expect("ExhaustionAnalytics_x240", "equalshares/add1", "cost", [["a", "b", "c", "d"]],
           "test_rule.py test_iterated_exhaustion_analytics")


RULES = {"av": [("greedy", "cost"), ("max-welfare", "cardinality")], "seqphragmen": [("phragmen", "-")],
         "equal-shares-with-av-completion": [("equalshares/utilitarian", "cost")]}


def abcvoting(tests_dir):
    d = os.path.join(tests_dir, "abcvoting_test_instances")
    for f in sorted(os.listdir(d)):
        data = yaml.safe_load(open(os.path.join(d, f)))
        prof = data["profile"]
        m, k = data["num_cand"], data["committeesize"]
        name = "abc_" + f.replace(".abc.yaml", "")
        write_pb(name, [(str(c), 1) for c in range(m)], k, [[str(c) for c in b] for b in prof],
                 "abcvoting test instance %s (pabutools tests/rules/abcvoting_test_instances): %s"
                 % (f, data.get("description", "").replace(";", ",")))
        supported = {c for b in prof for c in b}
        for e in data["compute"]:
            if e["rule_id"] in RULES and e["resolute"] is False:
                outs = [[str(c) for c in sorted(r) if c in supported] for r in e["result"]]
                for rule, sat in RULES[e["rule_id"]]:
                    expect(name, rule, sat, outs, "test_from_abcvoting.py " + e["rule_id"], scope="supported")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    tests_dir = os.path.join(sys.argv[1], "tests", "rules")
    os.makedirs(OUT, exist_ok=True)
    dummy_elections()
    completion()
    mes_analytics()
    abcvoting(tests_dir)
    with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8") as f:
        f.write("# written by tools/reference/pabutools_instances.py from pabutools' tests/rules; see that script\n")
        f.write("file\trule\tsatisfaction\tscope\toutcomes\tsource\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("wrote", len(rows), "expectations for", len({r[0] for r in rows}), "files to", OUT)


if __name__ == "__main__":
    main()
