package pl.miasto4.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Login throttling (issue 11: 4.7 wrong passwords a second, never a 429). Wrong passwords are
 * counted per user name and per client address, for the form login and HTTP Basic alike; after
 * {@code miasto.login.max-failures} (default 5) for a user, or {@code miasto.login.max-failures-per-address}
 * (default 100, many user names tried from one place) from one address,
 * further attempts are refused with 429 and {@code Retry-After} until {@code miasto.login.lock-seconds}
 * (default 900) have passed since the last wrong one; a right password resets the user's count.
 * Counts live in memory (Caffeine) and expire with the lock.
 */
@Component
public class LoginThrottle {
    private final int maxFailures;
    private final int maxPerAddress;
    private final Duration lock;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    private record Failures(int count, Instant last) {
    }

    public LoginThrottle(@Value("${miasto.login.max-failures:5}") int maxFailures,
                         @Value("${miasto.login.max-failures-per-address:100}") int maxPerAddress,
                         @Value("${miasto.login.lock-seconds:900}") long lockSeconds) {
        this.maxFailures = maxFailures;
        this.maxPerAddress = maxPerAddress;
        this.lock = Duration.ofSeconds(lockSeconds);
        this.clock = Clock.systemUTC();
        this.failures = Caffeine.newBuilder().expireAfterWrite(lock).maximumSize(100_000).build();
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    /** Seconds until {@code username} may try again from {@code address}; 0 when it may now. */
    public long retryAfterSeconds(String username, String address) {
        long user = username == null ? 0 : wait(userKey(username), maxFailures);
        long from = address == null ? 0 : wait(addressKey(address), maxPerAddress);
        return Math.max(user, from);
    }

    private long wait(String key, int max) {
        Failures f = failures.getIfPresent(key);
        if (f == null || f.count() < max) {
            return 0;
        }
        long millis = Duration.between(clock.instant(), f.last().plus(lock)).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        failures.asMap().merge(userKey(username), new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
        if (address != null) {
            failures.asMap().merge(addressKey(address), new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
        }
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.invalidate(userKey(event.getAuthentication().getName()));
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails w ? w.getRemoteAddress() : null;
    }
}
