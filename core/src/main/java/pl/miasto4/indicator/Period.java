package pl.miasto4.indicator;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an observation refers to: a year ({@code 2023}), a quarter ({@code 2023-Q2}), a month
 * ({@code 2023-05}) or a day ({@code 2023-05-17}). {@link #parse} also accepts the spellings common
 * in Polish office files ({@code 2023Q2}, {@code II kw. 2023}, {@code 05.2023}, {@code 17.05.2023})
 * and always returns the canonical form.
 */
public record Period(Kind kind, int year, int part, int day) implements Comparable<Period> {

    public enum Kind { YEAR, QUARTER, MONTH, DAY }

    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2200;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\.0+)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*-?\\s*[Qq]([1-4])");
    private static final Pattern QUARTER_PL = Pattern.compile("(I{1,3}|IV|[1-4])\\s*(?:kw\\.?|kwartał)\\s*(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern MONTH_PL = Pattern.compile("(\\d{1,2})[./](\\d{4})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_PL = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 0, 0);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Kind.QUARTER, year, quarter, 0);
    }

    public static Period month(int year, int month) {
        return new Period(Kind.MONTH, year, month, 0);
    }

    public static Period day(LocalDate date) {
        return new Period(Kind.DAY, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses a period, or explains why it cannot. */
    public static Result parse(String text) {
        if (text == null || text.isBlank()) {
            return Result.error("empty period");
        }
        String t = text.trim();
        Matcher m;
        try {
            if ((m = YEAR.matcher(t)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return checkedYear(y, () -> year(y));
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                int y = Integer.parseInt(m.group(1));
                int q = Integer.parseInt(m.group(2));
                return checkedYear(y, () -> quarter(y, q));
            }
            if ((m = QUARTER_PL.matcher(t)).matches()) {
                int q = romanOrDigit(m.group(1));
                int y = Integer.parseInt(m.group(2));
                return checkedYear(y, () -> quarter(y, q));
            }
            if ((m = DAY.matcher(t)).matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return checkedYear(d.getYear(), () -> day(d));
            }
            if ((m = DAY_PL.matcher(t)).matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                return checkedYear(d.getYear(), () -> day(d));
            }
            if ((m = MONTH.matcher(t)).matches() || (m = MONTH_PL.matcher(t)).matches()) {
                boolean iso = t.contains("-");
                int y = Integer.parseInt(iso ? m.group(1) : m.group(2));
                int mo = Integer.parseInt(iso ? m.group(2) : m.group(1));
                YearMonth.of(y, mo);
                return checkedYear(y, () -> month(y, mo));
            }
        } catch (DateTimeException e) {
            return Result.error("not a real date: '" + t + "'");
        }
        return Result.error("not a period: '" + t + "' (expected 2023, 2023-Q2, 2023-05 or 2023-05-17)");
    }

    private static Result checkedYear(int year, java.util.function.Supplier<Period> period) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Result.error("year " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        return new Result(period.get(), null);
    }

    private static int romanOrDigit(String s) {
        return switch (s.toUpperCase()) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }

    /** First day of the period. */
    public LocalDate start() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, (part - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, part, 1);
            case DAY -> LocalDate.of(year, part, day);
        };
    }

    /** Last day of the period. */
    public LocalDate end() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case QUARTER -> YearMonth.of(year, part * 3).atEndOfMonth();
            case MONTH -> YearMonth.of(year, part).atEndOfMonth();
            case DAY -> start();
        };
    }

    /** Middle of the period in fractional years, for trends over periods of any kind. */
    public double midYear() {
        LocalDate s = start();
        LocalDate e = end();
        double days = s.lengthOfYear();
        return s.getYear() + ((s.getDayOfYear() - 1) + (e.toEpochDay() - s.toEpochDay() + 1) / 2.0) / days;
    }

    /**
     * The canonical form, always in ASCII digits whatever the default locale (it is the period's
     * key in the store). An import writes it for every row, so it is written directly when the
     * numbers are in range, which is every real period.
     */
    @Override
    public String toString() {
        if (year >= 0 && year <= 9999 && part >= 0 && part <= 99 && day >= 0 && day <= 99) {
            char[] c = new char[10];
            c[0] = (char) ('0' + year / 1000);
            c[1] = (char) ('0' + year / 100 % 10);
            c[2] = (char) ('0' + year / 10 % 10);
            c[3] = (char) ('0' + year % 10);
            int n = 4;
            switch (kind) {
                case YEAR -> { }
                case QUARTER -> {
                    c[n++] = '-';
                    c[n++] = 'Q';
                    if (part >= 10) {
                        c[n++] = (char) ('0' + part / 10);
                    }
                    c[n++] = (char) ('0' + part % 10);
                }
                case MONTH -> n = twoDigits(c, n, part);
                case DAY -> n = twoDigits(c, twoDigits(c, n, part), day);
            }
            return new String(c, 0, n);
        }
        return formatted();
    }

    /** Writes '-' and two digits at n; returns the position after them. */
    private static int twoDigits(char[] c, int n, int value) {
        c[n] = '-';
        c[n + 1] = (char) ('0' + value / 10);
        c[n + 2] = (char) ('0' + value % 10);
        return n + 3;
    }

    /** The canonical form through {@code String.format}, for periods outside what {@link #toString} writes directly. */
    String formatted() {
        return switch (kind) {
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", year, part);
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, part);
            case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, part, day);
        };
    }

    @Override
    public int compareTo(Period o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : end().compareTo(o.end());
    }

    /** A parsed period or the reason it could not be parsed. */
    public record Result(Period period, String error) {
        static Result error(String reason) {
            return new Result(null, reason);
        }

        public boolean ok() {
            return period != null;
        }

        public Optional<Period> value() {
            return Optional.ofNullable(period);
        }
    }
}
