package pl.miasto4.indicator.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.miasto4.tabular.RowSource;
import pl.miasto4.tabular.TabularReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads COINr's own ASEM example (iData + iMeta, 51 countries × 49 indicators) as it is shipped. */
class WideFileReaderTest {
    @TempDir
    Path dir;

    /** COINr's ASEM example as shipped in the repository's examples (tests run in the module directory). */
    static Path resource(String name) {
        return Path.of("..", "examples", "index", name);
    }

    /** Knows no unit and every indicator, with no limits. */
    static final Catalogue OPEN = new Catalogue() {
        @Override
        public Optional<String> resolveUnit(String codeOrName) {
            return Optional.empty();
        }

        @Override
        public Optional<IndicatorRule> indicator(String code) {
            return Optional.of(new IndicatorRule(code, null, null));
        }
    };

    @Test
    void asemMetaDescribesTheHierarchy() throws Exception {
        ReadResult result = new ReadResult("asem_iMeta.csv");
        List<WideFileReader.MetaRow> meta;
        try (RowSource src = TabularReader.open(resource("asem_iMeta.csv"), "asem_iMeta.csv")) {
            meta = WideFileReader.readMeta(src, "asem_iMeta.csv", result);
        }
        assertThat(result.problems()).isEmpty();
        assertThat(meta).hasSize(68);
        assertThat(meta.stream().filter(m -> m.type().equals("Indicator"))).hasSize(49);
        assertThat(meta.stream().filter(m -> m.type().equals("Denominator"))).hasSize(4);
        WideFileReader.MetaRow flights = meta.stream().filter(m -> m.code().equals("Flights")).findFirst().orElseThrow();
        assertThat(flights.parent()).isEqualTo("Physical");
        assertThat(flights.denominator()).isEqualTo("Population");
        assertThat(flights.direction()).isEqualTo(1);
        assertThat(meta.stream().filter(m -> m.level() == 4)).extracting(WideFileReader.MetaRow::code).containsExactly("Index");
    }

    @Test
    void asemDataBecomesObservationsGroupsAndNewUnits() throws Exception {
        List<WideFileReader.MetaRow> meta;
        try (RowSource src = TabularReader.open(resource("asem_iMeta.csv"), "asem_iMeta.csv")) {
            meta = WideFileReader.readMeta(src, "asem_iMeta.csv", new ReadResult("m"));
        }
        List<ObservationRecord> obs = new ArrayList<>();
        List<WideFileReader.GroupValue> groups = new ArrayList<>();
        List<WideFileReader.NewUnit> units = new ArrayList<>();
        ReadResult r;
        try (RowSource src = TabularReader.open(resource("asem_iData.csv"), "asem_iData.csv")) {
            r = WideFileReader.readData(src, "asem_iData.csv", meta, OPEN, null, true, "COINr ASEM", obs::add, groups::add, units::add);
        }
        assertThat(r.problems()).isEmpty();
        assertThat(r.rowsRead()).isEqualTo(51);
        assertThat(units).hasSize(51).contains(new WideFileReader.NewUnit("AUT", "Austria"));
        assertThat(groups).contains(new WideFileReader.GroupValue("AUT", "GDP_group", "L"));
        // 51 units × (49 indicators + 4 denominators) cells, less the empty ones (COINr's NA)
        assertThat(obs.size() + r.skippedNoData()).isEqualTo(51L * 53);
        assertThat(r.skippedNoData()).isPositive();
        ObservationRecord lpi = obs.stream().filter(o -> o.unitCode().equals("AUT") && o.indicatorCode().equals("LPI")).findFirst().orElseThrow();
        assertThat(lpi.value()).isEqualByComparingTo("4.097985");
        assertThat(lpi.period().toString()).isEqualTo("2018");
        Set<String> keys = new HashSet<>();
        obs.forEach(o -> keys.add(o.unitCode() + o.indicatorCode()));
        assertThat(keys).hasSize(obs.size());
    }

    @Test
    void unknownColumnsUnitsAndBrokenMetaAreRefused() throws Exception {
        Path metaFile = dir.resolve("m.csv");
        Files.writeString(metaFile, "Level,iCode,iName,Direction,Weight,Parent,Type\n"
                + "1,A,a,1,1,P,Indicator\n1,B,b,2,1,P,Indicator\n2,P,p,,1,Nope,Aggregate\n1,A,dup,1,1,P,Indicator\n");
        ReadResult mr = new ReadResult("m.csv");
        try (RowSource src = TabularReader.open(metaFile, "m.csv")) {
            WideFileReader.readMeta(src, "m.csv", mr);
        }
        assertThat(mr.problems()).extracting(ImportProblem::reason).contains(
                "m.csv: Direction must be 1 or -1", "m.csv: iCode already defined on line 2",
                "m.csv: the parent is not an iCode of the metadata");

        Path data = dir.resolve("d.csv");
        Files.writeString(data, "uCode,A,Z\nXX,1,2\n");
        List<WideFileReader.MetaRow> meta = List.of(new WideFileReader.MetaRow(2, 1, "A", "a", 1, null, null, null, null, null, "Indicator"));
        ReadResult dr;
        try (RowSource src = TabularReader.open(data, "d.csv")) {
            dr = WideFileReader.readData(src, "d.csv", meta, LongFileReaderTest.CATALOGUE, null, false, "s", o -> { }, g -> { }, u -> { });
        }
        assertThat(dr.problems()).extracting(ImportProblem::reason).containsExactly(
                "the column is not described in the metadata (iMeta)",
                "the data has no Time column: give the period of the values (e.g. --period 2023)");
    }
}
