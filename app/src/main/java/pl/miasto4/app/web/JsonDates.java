package pl.miasto4.app.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Timestamps in JSON exactly as Jackson writes them by default (ISO-8601,
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}: seconds always, the fraction without trailing zeros, the
 * offset kept, {@code Z} for UTC), written directly instead of through a {@code DateTimeFormatter}: every
 * observation carries a recording time, and formatting them was 28 % of the JSON writing of an API page
 * (JFR, bench store). {@code JsonDatesTest} compares the output with Jackson's own on random values.
 */
@Configuration(proxyBeanMethods = false)
public class JsonDates {

    /** Off with {@code miasto.web.fast-json-dates=false}: Jackson's own formatting, for comparing in {@code bench store}. */
    @Bean
    @ConditionalOnProperty(name = "miasto.web.fast-json-dates", havingValue = "true", matchIfMissing = true)
    JacksonModule isoOffsetDateTimes() {
        return new SimpleModule("miasto-offset-date-time").addSerializer(OffsetDateTime.class, new Serializer());
    }

    static final class Serializer extends StdSerializer<OffsetDateTime> {
        Serializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(format(value));
        }
    }

    /** The value as {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} formats it. */
    static String format(OffsetDateTime t) {
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t); // signed or five-digit years: rare, the library's way
        }
        char[] c = new char[38]; // 19 date-time, 10 fraction, 9 offset
        int i = 0;
        i = digits(c, i, year, 4);
        c[i++] = '-';
        i = digits(c, i, t.getMonthValue(), 2);
        c[i++] = '-';
        i = digits(c, i, t.getDayOfMonth(), 2);
        c[i++] = 'T';
        i = digits(c, i, t.getHour(), 2);
        c[i++] = ':';
        i = digits(c, i, t.getMinute(), 2);
        c[i++] = ':';
        i = digits(c, i, t.getSecond(), 2);
        int nano = t.getNano();
        if (nano > 0) {
            c[i++] = '.';
            int width = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                width--;
            }
            i = digits(c, i, nano, width);
        }
        int offset = t.getOffset().getTotalSeconds();
        if (offset == 0) {
            c[i++] = 'Z';
        } else {
            c[i++] = offset < 0 ? '-' : '+';
            int abs = Math.abs(offset);
            i = digits(c, i, abs / 3600, 2);
            c[i++] = ':';
            i = digits(c, i, abs / 60 % 60, 2);
            if (abs % 60 != 0) {
                c[i++] = ':';
                i = digits(c, i, abs % 60, 2);
            }
        }
        return new String(c, 0, i);
    }

    /** Writes {@code value} zero-padded to {@code width} digits. */
    private static int digits(char[] c, int at, int value, int width) {
        for (int k = at + width - 1; k >= at; k--) {
            c[k] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
