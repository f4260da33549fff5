package pl.miasto4.survey.io;

import pl.miasto4.survey.Factor;
import pl.miasto4.survey.Problem;
import pl.miasto4.survey.SurveyData;
import pl.miasto4.survey.SurveyException;
import pl.miasto4.tabular.DecimalMark;
import pl.miasto4.tabular.NumberParser;
import pl.miasto4.tabular.Row;
import pl.miasto4.tabular.RowSource;
import pl.miasto4.tabular.TabularException;
import pl.miasto4.tabular.TabularReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Respondents from a CSV or XLSX file through the project's tabular reader (encodings,
 * separators, decimal commas, grouped thousands). Only the columns asked for are kept: numeric
 * ones as numbers (an empty or "no data" cell is a missing answer; anything else that is not a
 * number is refused with its line and column) and categorical ones as text levels (an empty cell
 * is a missing answer).
 */
public final class SurveyFile {
    private SurveyFile() {
    }

    /** The header of a file, to resolve names (e.g. replicate-weight columns by prefix) before reading. */
    public static List<String> header(Path file, String displayName) {
        try (RowSource source = TabularReader.open(file, displayName)) {
            return source.header();
        } catch (TabularException e) {
            throw new SurveyException(Problem.FILE_UNREADABLE, e.getMessage());
        } catch (IOException e) {
            throw new SurveyException(Problem.FILE_UNREADABLE, displayName + ": " + e.getMessage());
        }
    }

    public static SurveyData read(Path file, String displayName, Collection<String> numeric, Collection<String> categorical) {
        try (RowSource source = TabularReader.open(file, displayName)) {
            return read(source, numeric, categorical);
        } catch (TabularException e) {
            throw new SurveyException(Problem.FILE_UNREADABLE, e.getMessage());
        } catch (IOException e) {
            throw new SurveyException(Problem.FILE_UNREADABLE, displayName + ": " + e.getMessage());
        }
    }

    static SurveyData read(RowSource source, Collection<String> numeric, Collection<String> categorical)
            throws TabularException {
        List<String> header = source.header();
        Map<String, Integer> position = new HashMap<>();
        for (int j = 0; j < header.size(); j++) {
            if (position.put(header.get(j), j) != null && (numeric.contains(header.get(j))
                    || categorical.contains(header.get(j)))) {
                throw new SurveyException(Problem.DUPLICATE_COLUMN, header.get(j));
            }
        }
        List<String> nums = new ArrayList<>(new LinkedHashSet<>(numeric));
        List<String> cats = new ArrayList<>(new LinkedHashSet<>(categorical));
        int[] numAt = positions(nums, position, header);
        int[] catAt = positions(cats, position, header);
        DecimalMark mark = source.decimalMark();
        List<double[]> numValues = new ArrayList<>();
        for (int k = 0; k < nums.size(); k++) {
            numValues.add(new double[1024]);
        }
        List<int[]> catCodes = new ArrayList<>();
        List<Map<String, Integer>> catIndex = new ArrayList<>();
        List<List<String>> catLevels = new ArrayList<>();
        for (int k = 0; k < cats.size(); k++) {
            catCodes.add(new int[1024]);
            catIndex.add(new HashMap<>());
            catLevels.add(new ArrayList<>());
        }
        int[] lines = new int[1024];
        int n = 0;
        Row row;
        while ((row = source.next()) != null) {
            if (n == lines.length) {
                int size = lines.length * 2;
                lines = java.util.Arrays.copyOf(lines, size);
                for (int k = 0; k < nums.size(); k++) {
                    numValues.set(k, java.util.Arrays.copyOf(numValues.get(k), size));
                }
                for (int k = 0; k < cats.size(); k++) {
                    catCodes.set(k, java.util.Arrays.copyOf(catCodes.get(k), size));
                }
            }
            lines[n] = (int) Math.min(row.line(), Integer.MAX_VALUE);
            for (int k = 0; k < nums.size(); k++) {
                String cell = row.cell(numAt[k]);
                double v;
                if (cell.isBlank()) {
                    v = Double.NaN;
                } else {
                    NumberParser.Parsed p = NumberParser.parse(cell, mark);
                    if (p.noData()) {
                        v = Double.NaN;
                    } else if (!p.ok()) {
                        throw new SurveyException(Problem.NOT_A_NUMBER, row.line(), nums.get(k), cell.strip());
                    } else {
                        v = p.value().doubleValue();
                    }
                }
                numValues.get(k)[n] = v;
            }
            for (int k = 0; k < cats.size(); k++) {
                String cell = row.cell(catAt[k]).strip();
                int code;
                if (cell.isEmpty()) {
                    code = -1;
                } else {
                    Map<String, Integer> index = catIndex.get(k);
                    Integer c = index.get(cell);
                    if (c == null) {
                        c = index.size();
                        index.put(cell, c);
                        catLevels.get(k).add(cell);
                    }
                    code = c;
                }
                catCodes.get(k)[n] = code;
            }
            n++;
        }
        if (n == 0) {
            throw new SurveyException(Problem.NO_ROWS);
        }
        SurveyData.Builder b = SurveyData.builder(n).header(header).lines(java.util.Arrays.copyOf(lines, n));
        for (int k = 0; k < nums.size(); k++) {
            b.numbers(nums.get(k), java.util.Arrays.copyOf(numValues.get(k), n));
        }
        for (int k = 0; k < cats.size(); k++) {
            b.factor(cats.get(k), new Factor(java.util.Arrays.copyOf(catCodes.get(k), n), catLevels.get(k)));
        }
        return b.build();
    }

    private static int[] positions(List<String> names, Map<String, Integer> position, List<String> header) {
        int[] at = new int[names.size()];
        for (int k = 0; k < names.size(); k++) {
            Integer p = position.get(names.get(k));
            if (p == null) {
                throw new SurveyException(Problem.NO_SUCH_COLUMN, names.get(k), String.join(", ", header));
            }
            at[k] = p;
        }
        return at;
    }
}
