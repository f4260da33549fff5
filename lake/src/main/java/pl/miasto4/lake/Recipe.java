package pl.miasto4.lake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A shipped SQL recipe (resource {@code recipes/<name>.sql}) with its header: name, version and the lake
 * tables it reads. Its result columns are {@code unit, indicator, period, breakdown, value, people}.
 */
public record Recipe(String name, int version, List<String> inputs, String sql) {
    public static final List<String> SHIPPED = List.of("city_card", "resident_reports");

    public static Recipe shipped(String name) {
        if (!SHIPPED.contains(name)) throw new IllegalArgumentException("no recipe " + name + "; shipped: " + SHIPPED);
        try (InputStream in = Recipe.class.getResourceAsStream("recipes/" + name + ".sql")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Recipe> all() {
        return SHIPPED.stream().map(Recipe::shipped).toList();
    }

    static Recipe parse(String sql) {
        String name = null;
        int version = 0;
        List<String> inputs = new ArrayList<>();
        for (String line : sql.lines().toList()) {
            if (!line.startsWith("--")) break;
            String l = line.substring(2).trim();
            if (l.startsWith("recipe:")) name = l.substring(7).trim();
            else if (l.startsWith("version:")) version = Integer.parseInt(l.substring(8).trim());
            else if (l.startsWith("inputs:")) for (String t : l.substring(7).split(",")) inputs.add(t.trim());
        }
        if (name == null || version == 0 || inputs.isEmpty()) throw new IllegalArgumentException("recipe header incomplete");
        return new Recipe(name, version, List.copyOf(inputs), sql);
    }

    public String label() {
        return name + " v" + version;
    }
}
