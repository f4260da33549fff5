package pl.miasto4.app.pb.counting;

import pl.miasto4.app.cli.ExitCode;
import pl.miasto4.pb.Instance;
import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.Profile;
import pl.miasto4.pb.Project;
import pl.miasto4.pb.analysis.Fairness;
import pl.miasto4.pb.rules.Outcome;
import pl.miasto4.pb.rules.Rule;
import pl.miasto4.pb.rules.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Count the same ballots with several rules side by side, with fairness figures: share of "
                + "voters with at least one funded project, and money against support by category, district, "
                + "age and sex where the file has them.")
public class PbCompareCommand implements Callable<Integer> {
    static final List<String> DEFAULT_RULES = List.of("greedy", "equalshares/add1", "equalshares/add1-utilitarian",
            "phragmen", "max-welfare");

    @Parameters(paramLabel = "FILE", description = "A pabulib .pb file.")
    Path file;

    @Option(names = "--rules", split = ",", paramLabel = "RULE", description = "Rules to compare (default: the "
            + "file's rule, greedy, equalshares/add1, equalshares/add1-utilitarian, phragmen, max-welfare).")
    List<String> rules;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PabulibFile f = PbFiles.read(file);
        Instance in = f.instance();
        Profile prof = f.profile();
        Set<String> names = new LinkedHashSet<>();
        if (rules == null) {
            if (Rules.byName(in.rule()).isPresent()) {
                names.add(in.rule());
            }
            names.addAll(DEFAULT_RULES);
        } else {
            names.addAll(rules);
        }
        List<Outcome> outcomes = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        out.println(file.getFileName() + " — " + in.meta().getOrDefault("description", "") + " · budget "
                + in.formatMoney(in.budget()) + " · " + prof.size() + " ballots · " + in.size() + " projects");
        out.println();
        out.printf("%-30s %8s %14s %9s %10s %12s%n", "rule", "funded", "spent", "covered", "per voter", "score");
        for (String name : names) {
            Rule r = PbFiles.rule(name, f);
            Outcome o = r.count(in, prof);
            if (!o.isSupported()) {
                out.printf("%-30s UNSUPPORTED %s%n", name, o.unsupported().get());
                continue;
            }
            outcomes.add(o);
            Fairness.Summary s = Fairness.summarize(in, prof, o);
            out.printf("%-30s %8d %14s %8.1f%% %10.2f %12d%n", name, s.funded(), in.formatMoney(s.spent()),
                    100 * s.coveredShare(), s.fundedPerVoter(), s.totalScore());
        }
        out.println("covered = voters with at least one funded project they voted for; per voter = funded "
                + "projects a voter voted for, on average; score = votes/points of the funded projects");
        out.println();
        // which rule funds which project
        StringBuilder head = new StringBuilder(String.format("%-16s", "project"));
        for (int i = 0; i < outcomes.size(); i++) {
            head.append(String.format(" %3s", "R" + (i + 1)));
        }
        head.append(f.official().isPresent() ? "  official" : "");
        out.println(head);
        List<Set<Integer>> sets = new ArrayList<>();
        for (Outcome o : outcomes) {
            sets.add(new HashSet<>(o.selected()));
        }
        Set<String> official = f.official().map(x -> x.funded()).orElse(Set.of());
        for (Project p : in.projects()) {
            boolean any = official.contains(p.id());
            StringBuilder row = new StringBuilder(String.format("%-16s", p.id()));
            for (Set<Integer> s : sets) {
                row.append(String.format(" %3s", s.contains(p.index()) ? "x" : "."));
                any |= s.contains(p.index());
            }
            if (f.official().isPresent()) {
                row.append(official.contains(p.id()) ? "  x" : "  .");
            }
            if (any) {
                out.println(row);
            }
        }
        for (int i = 0; i < outcomes.size(); i++) {
            out.println("R" + (i + 1) + " = " + outcomes.get(i).rule());
        }
        for (String g : Fairness.projectGroupings(in)) {
            out.println();
            out.println("by project " + g + ": share of votes → share of money under each rule");
            printProjectGroups(out, in, prof, outcomes, g);
        }
        for (String g : Fairness.voterGroupings(prof)) {
            out.println();
            out.println("by voter " + g + ": share of voters → share with a funded project / share of money "
                    + "(cost split among supporters)");
            printVoterGroups(out, in, prof, outcomes, g);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void printProjectGroups(PrintWriter out, Instance in, Profile prof, List<Outcome> outcomes, String g) {
        List<List<Fairness.GroupShare>> all = new ArrayList<>();
        for (Outcome o : outcomes) {
            all.add(Fairness.byProjectGroup(in, prof, o, g));
        }
        for (int row = 0; row < all.get(0).size(); row++) {
            Fairness.GroupShare first = all.get(0).get(row);
            StringBuilder sb = new StringBuilder(String.format("  %-32s %6.1f%% →", trim(first.group()),
                    100 * first.shareOfVoters()));
            for (List<Fairness.GroupShare> col : all) {
                sb.append(String.format(" %6.1f%%", 100 * col.get(row).shareOfMoney()));
            }
            out.println(sb);
        }
    }

    private static void printVoterGroups(PrintWriter out, Instance in, Profile prof, List<Outcome> outcomes, String g) {
        List<List<Fairness.GroupShare>> all = new ArrayList<>();
        for (Outcome o : outcomes) {
            all.add(Fairness.byVoterAttribute(in, prof, o, g));
        }
        for (int row = 0; row < all.get(0).size(); row++) {
            Fairness.GroupShare first = all.get(0).get(row);
            StringBuilder sb = new StringBuilder(String.format("  %-20s %6.1f%% →", trim(first.group()),
                    100 * first.shareOfVoters()));
            for (List<Fairness.GroupShare> col : all) {
                Fairness.GroupShare s = col.get(row);
                sb.append(String.format(" %5.1f%%/%5.1f%%", 100 * s.coveredShare(), 100 * s.shareOfMoney()));
            }
            out.println(sb);
        }
    }

    private static String trim(String s) {
        return s.length() > 32 ? s.substring(0, 31) + "…" : s;
    }
}
