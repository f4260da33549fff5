package pl.miasto4.app.opendata;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Counting in memory: exact under concurrency, bots apart, and a store that cannot be written loses nothing. */
class UsageCounterTest {

    /** A store that fails while {@code down} and otherwise keeps what it is given. */
    static class Store extends UsageRepository {
        volatile boolean down;
        final List<Count> written = new ArrayList<>();

        Store() {
            super(null);
        }

        @Override
        public synchronized void add(List<Count> counts) {
            if (down) {
                throw new IllegalStateException("database unreachable");
            }
            written.addAll(counts);
        }

        synchronized long total(String endpoint, boolean bot) {
            return written.stream().filter(c -> c.distribution().equals(endpoint) && c.bot() == bot)
                    .mapToLong(Count::count).sum();
        }
    }

    @Test
    void everyRequestIsCountedOnceUnderConcurrencyAndBotsApart() throws Exception {
        Store store = new Store();
        UsageCounter counter = new UsageCounter(store, null);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    counter.count("package_list", "", "api", "Mozilla/5.0");
                    if (i % 10 == 0) {
                        counter.count("package_list", "", "api", "Googlebot/2.1 (+http://www.google.com/bot.html)");
                    }
                    if (i % 1000 == 0) {
                        counter.flush(); // flushing while others count loses nothing
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        counter.flush();
        assertThat(store.total("package_list", false)).isEqualTo(80_000);
        assertThat(store.total("package_list", true)).isEqualTo(8_000);
        counter.destroy();
    }

    @Test
    void aStoreThatCannotBeWrittenNeitherFailsTheRequestNorLosesTheCount() {
        Store store = new Store();
        UsageCounter counter = new UsageCounter(store, null);
        store.down = true;
        counter.count("package_show", "", "api", "Mozilla/5.0"); // no exception reaches the request
        counter.count("package_show", "", "api", "Mozilla/5.0");
        assertThatThrownBy(counter::flush).isInstanceOf(IllegalStateException.class);
        store.down = false;
        counter.count("package_show", "", "api", "Mozilla/5.0");
        counter.flush();
        assertThat(store.total("package_show", false)).isEqualTo(3);
        counter.destroy();
    }

    @Test
    void botsAreToldByTheirUserAgent() {
        assertThat(UsageCounter.isBot("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")).isTrue();
        assertThat(UsageCounter.isBot("Mozilla/5.0 (compatible; YandexBot/3.0)")).isTrue();
        assertThat(UsageCounter.isBot("ia_archiver (+http://www.alexa.com/site/help/webmasters)")).isTrue();
        assertThat(UsageCounter.isBot(null)).isTrue();
        assertThat(UsageCounter.isBot("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36"))
                .isFalse();
        assertThat(UsageCounter.isBot("ckanapi/4.7 (+https://github.com/ckan/ckanapi)")).isFalse();
        assertThat(UsageCounter.isBot("Java-http-client/17.0.15")).isFalse();
    }

    @Test
    void aRegonIsCheckedByItsCheckDigit() {
        assertThat(OpenDataSettings.validRegon("000000000")).isTrue();
        // by hand: 8·0 + 9·0 + 2·0 + 3·3 + 4·3 + 5·1 + 6·5 + 7·0 = 56; 56 mod 11 = 1, the ninth digit
        assertThat(OpenDataSettings.validRegon("000331501")).isTrue();
        assertThat(OpenDataSettings.validRegon("000331502")).isFalse();
        assertThat(OpenDataSettings.validRegon("12345678")).isFalse();
    }
}
