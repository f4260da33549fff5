package pl.miasto4.lake;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * SYNTHETIC city-card usage events for demos, tests and benchmarks: no real card system's data, never to
 * be presented as a city's. Deterministic for a seed; events come in time order over one year so that
 * consecutive slices fall into consecutive day partitions, as daily batches would.
 */
public final class SyntheticCardEvents implements Iterable<SyntheticCardEvents.Event> {
    public static final String SOURCE = "synthetic";
    public static final List<String> SERVICES = List.of("public_transport", "swimming_pool", "museum", "parking",
            "theatre", "library", "ice_rink");
    private static final double[] WEIGHTS = {0.55, 0.12, 0.09, 0.10, 0.05, 0.07, 0.02};
    private static final List<String> TARIFFS = List.of("normal", "reduced", "senior");

    /** A raw event as a card system would send it (card id in clear; hashed at ingest). */
    public record Event(String eventId, String cardId, String service, String place, LocalDateTime utcTime, String tariff) {
        public String isoTime() {
            return utcTime.atOffset(ZoneOffset.UTC).toString();
        }
    }

    private final long count;
    private final int holders;
    private final int year;
    private final long seed;
    private final long offset;
    private final long total;

    public SyntheticCardEvents(long count, int holders, int year, long seed) {
        this(count, holders, year, seed, 0, count);
    }

    private SyntheticCardEvents(long count, int holders, int year, long seed, long offset, long total) {
        this.total = total;
        this.count = count;
        this.holders = holders;
        this.year = year;
        this.seed = seed;
        this.offset = offset;
    }

    /** Events {@code from} (inclusive) to {@code to} (exclusive) of the same stream. */
    public SyntheticCardEvents slice(long from, long to) {
        return new SyntheticCardEvents(to - from, holders, year, seed, offset + from, total);
    }

    @Override
    public Iterator<Event> iterator() {
        // 01:00 on 1 January to 22:00 on 31 December, Warsaw time: every event's day is in the year
        long yearSeconds = 365L * 86400 - 3 * 3600;
        LocalDateTime start = LocalDateTime.of(year, 1, 1, 0, 0);
        return new Iterator<>() {
            long i = 0;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public Event next() {
                long n = offset + i++;
                SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
                long second = (long) ((double) n / total * yearSeconds);
                int card = (int) Math.floor(Math.pow(r.nextDouble(), 1.6) * holders);
                double u = r.nextDouble();
                int s = 0;
                for (double acc = WEIGHTS[0]; u > acc && s < WEIGHTS.length - 1; acc += WEIGHTS[++s]) { }
                return new Event("ev-" + seed + "-" + n, "card-" + card, SERVICES.get(s), "place-" + r.nextInt(40),
                        start.plusSeconds(second), TARIFFS.get(r.nextInt(TARIFFS.size())));
            }
        };
    }

    /** The events as lake rows (card id hashed), lazily. */
    public Iterable<LakeRow> rows(CardHasher hasher) {
        return () -> {
            Iterator<Event> it = iterator();
            return new Iterator<>() {
                public boolean hasNext() {
                    return it.hasNext();
                }

                public LakeRow next() {
                    Event e = it.next();
                    return new LakeRow(e.utcTime().atOffset(ZoneOffset.UTC).atZoneSameInstant(Batches.CITY_ZONE).toLocalDate(),
                            new Object[] {e.eventId(), hasher.hash(e.cardId()), e.service(), e.place(), e.utcTime(),
                                    e.utcTime().toEpochSecond(ZoneOffset.UTC), e.tariff()});
                }
            };
        };
    }

    /** CSV text of the events, as a card system's export batch. */
    public String csv() {
        StringBuilder b = new StringBuilder("event_id,card_id,service,place,time,tariff\n");
        for (Event e : this) {
            b.append(e.eventId()).append(',').append(e.cardId()).append(',').append(e.service()).append(',')
                    .append(e.place()).append(',').append(e.isoTime()).append(',').append(e.tariff()).append('\n');
        }
        return b.toString();
    }

    static Map<String, Double> weights() {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < SERVICES.size(); i++) m.put(SERVICES.get(i), WEIGHTS[i]);
        return m;
    }
}
