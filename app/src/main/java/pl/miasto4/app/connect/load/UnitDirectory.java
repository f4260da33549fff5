package pl.miasto4.app.connect.load;

import org.springframework.stereotype.Service;
import pl.miasto4.app.unit.TerritorialUnit;
import pl.miasto4.app.unit.UnitRepository;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the store's unit for what a source names: a gmina's TERYT code, a city's or a district's
 * name. Sources cover units the store does not know (2,477 gminy); a connector keeps only the
 * values of known units and says how many it left out.
 */
@Service
public class UnitDirectory {
    private final UnitRepository units;

    public UnitDirectory(UnitRepository units) {
        this.units = units;
    }

    /** A snapshot of the units, for one connector run. */
    public Snapshot snapshot() {
        return new Snapshot(units.findAll());
    }

    public static final class Snapshot {
        private final List<TerritorialUnit> all;

        Snapshot(List<TerritorialUnit> all) {
            this.all = all;
        }

        public Optional<TerritorialUnit> byCode(String code) {
            return all.stream().filter(u -> u.code().equals(code)).findFirst();
        }

        /**
         * The city with county rights a gmina belongs to, by the gmina's powiat (its first four TERYT
         * digits): {@code 126101} → Kraków, and Warsaw's districts {@code 146502}…{@code 146519} → Warsaw.
         */
        public Optional<TerritorialUnit> cityByPowiat(String teryt6) {
            if (teryt6 == null || !teryt6.matches("\\d{6}")) {
                return Optional.empty();
            }
            String powiat = teryt6.substring(0, 4);
            return all.stream().filter(u -> u.kind().equals("city_county") && u.code().startsWith(powiat)).findFirst();
        }

        /** A city with county rights by its Polish name ("Kraków", "m. Kraków"). */
        public Optional<TerritorialUnit> cityByName(String name) {
            if (name == null) {
                return Optional.empty();
            }
            String key = key(name.replaceFirst("^m\\.\\s*(st\\.\\s*)?", ""));
            return all.stream().filter(u -> u.kind().equals("city_county"))
                    .filter(u -> key(u.name()).equals(key) || u.aliases().stream().anyMatch(a -> key(a).equals(key)))
                    .findFirst();
        }

        /**
         * A district of a city by its name: the unit's name ends with it ("Dzielnica XVIII Nowa Huta")
         * or an alias is "City District" ("Kraków Nowa Huta", "Warszawa Ursynów").
         */
        public Optional<TerritorialUnit> district(TerritorialUnit city, String name) {
            if (name == null || name.isBlank()) {
                return Optional.empty();
            }
            String key = key(name);
            String withCity = key(city.name() + " " + name);
            return all.stream().filter(u -> city.code().equals(u.parentCode()))
                    .filter(u -> key(u.name()).equals(key) || key(u.name()).endsWith(" " + key)
                            || u.aliases().stream().anyMatch(a -> key(a).equals(withCity)))
                    .findFirst();
        }

        static String key(String s) {
            return Normalizer.normalize(s, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        }
    }
}
