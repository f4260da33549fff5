package pl.miasto4.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A composite indicator under construction, after COINr's "coin": the framework, the units,
 * every data set written so far (by name, in order) and the log of the steps that wrote them.
 * Immutable: each step returns a new coin with one more data set, so a build can be replayed
 * from its recipe with one parameter changed ({@link IndexBuilder#build}).
 */
public final class Coin {
    public static final String RAW = "Raw";

    private final Framework framework;
    private final Units units;
    private final Map<String, Dataset> datasets;
    private final List<StepRecord> log;
    private final Map<String, Framework> weightSets;

    private Coin(Framework framework, Units units, Map<String, Dataset> datasets, List<StepRecord> log,
                 Map<String, Framework> weightSets) {
        this.framework = framework;
        this.units = units;
        this.datasets = datasets;
        this.log = log;
        this.weightSets = weightSets;
    }

    /** A new coin holding only the {@code Raw} data set. */
    public static Coin of(Framework framework, Units units, Dataset raw) {
        Map<String, Dataset> d = new LinkedHashMap<>();
        d.put(RAW, raw.renamed(RAW));
        Map<String, Framework> w = new LinkedHashMap<>();
        w.put("Original", framework);
        return new Coin(framework, units, Collections.unmodifiableMap(d), List.of(), Collections.unmodifiableMap(w));
    }

    public Framework framework() {
        return framework;
    }

    public Units units() {
        return units;
    }

    public Map<String, Dataset> datasets() {
        return datasets;
    }

    public Dataset dataset(String name) {
        Dataset d = datasets.get(name);
        if (d == null) {
            throw IndexInputException.of("no data set " + name + " yet; the coin has " + datasets.keySet());
        }
        return d;
    }

    /** The data set written last. */
    public Dataset latest() {
        Dataset last = null;
        for (Dataset d : datasets.values()) {
            last = d;
        }
        return last;
    }

    public List<StepRecord> log() {
        return log;
    }

    /** Named weight sets; "Original" is the framework's own. */
    public Map<String, Framework> weightSets() {
        return weightSets;
    }

    public Framework weightSet(String name) {
        Framework f = weightSets.get(name);
        if (f == null) {
            throw IndexInputException.of("no weight set " + name + "; the coin has " + weightSets.keySet());
        }
        return f;
    }

    /** A new coin with {@code dataset} written (replacing one of the same name) and the step logged. */
    public Coin with(Dataset dataset, StepRecord record) {
        Map<String, Dataset> d = new LinkedHashMap<>(datasets);
        d.remove(dataset.name());
        d.put(dataset.name(), dataset);
        List<StepRecord> l = new ArrayList<>(log);
        l.add(record);
        return new Coin(framework, units, Collections.unmodifiableMap(d), List.copyOf(l), weightSets);
    }

    /** A new coin with a named weight set added (and the step logged). */
    public Coin withWeightSet(String name, Framework weights, StepRecord record) {
        Map<String, Framework> w = new LinkedHashMap<>(weightSets);
        w.put(name, weights);
        List<StepRecord> l = new ArrayList<>(log);
        l.add(record);
        return new Coin(framework, units, datasets, List.copyOf(l), Collections.unmodifiableMap(w));
    }
}
