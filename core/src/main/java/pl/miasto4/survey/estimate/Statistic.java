package pl.miasto4.survey.estimate;

import java.util.Locale;

/** What an estimate estimates; {@link #label()} is the word in the CLI's CSV. */
public enum Statistic {
    MEAN, TOTAL, PROPORTION, RATIO, QUANTILE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
