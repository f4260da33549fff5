package pl.miasto4.app.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Our timestamp serializer writes what Jackson's default one writes, for any date, time, fraction and offset. */
class JsonDatesTest {

    @Test
    void timestampsAreWrittenAsJacksonWritesThem() {
        JsonMapper jackson = JsonMapper.builder().build();
        JsonMapper ours = JsonMapper.builder().addModule(new JsonDates().isoOffsetDateTimes()).build();
        Random random = new Random(8601);
        int[] nanos = {0, 1, 10, 100_000, 120_000_000, 123_450_000, 999_999_999, 500_000_000};
        for (int k = 0; k < 50_000; k++) {
            int year = k % 10 == 0 ? random.nextInt(40_000) - 20_000 : 1900 + random.nextInt(200);
            int nano = k % 2 == 0 ? nanos[random.nextInt(nanos.length)] : random.nextInt(1_000_000_000);
            int offset = k % 3 == 0 ? 0 : random.nextInt(2 * 18 * 3600 + 1) - 18 * 3600;
            if (k % 5 == 0) {
                offset = offset / 900 * 900; // whole quarter hours, as real zones have
            }
            OffsetDateTime t = OffsetDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24),
                    random.nextInt(60), random.nextInt(60), nano, ZoneOffset.ofTotalSeconds(offset));
            assertThat(ours.writeValueAsString(t)).as("%s", t).isEqualTo(jackson.writeValueAsString(t));
        }
        assertThat(ours.writeValueAsString(OffsetDateTime.of(2026, 11, 25, 16, 44, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("\"2026-11-25T16:44:00Z\"");
    }
}
