package app.dossier.phone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down whoever tries addresses with a wrong token: the first few mistakes from a device cost
 * nothing (a mistyped address), then each one waits twice as long as the last, up to
 * {@link #LONGEST}; ten minutes without a mistake forgets them. At 16 tries a second the 2^256
 * tokens are out of reach anyway; the brake keeps a guesser from filling the log and the line.
 */
public final class BadTokenBrake {
    static final int FREE = 3;
    static final Duration FIRST = Duration.ofMillis(250);
    static final Duration LONGEST = Duration.ofSeconds(8);
    static final Duration FORGOTTEN_AFTER = Duration.ofMinutes(10);

    private final Clock clock;
    private final Map<String, Mistakes> byDevice = new ConcurrentHashMap<>();

    public BadTokenBrake(Clock clock) {
        this.clock = clock;
    }

    private record Mistakes(int count, Instant last) {
    }

    /** Notes one wrong token from {@code device} and returns how long to wait before answering it. */
    public Duration refused(String device) {
        Instant now = clock.instant();
        Mistakes m = byDevice.compute(device, (k, was) -> was == null || was.last().plus(FORGOTTEN_AFTER).isBefore(now)
                ? new Mistakes(1, now) : new Mistakes(was.count() + 1, now));
        if (byDevice.size() > 10_000) {
            byDevice.entrySet().removeIf(e -> e.getValue().last().plus(FORGOTTEN_AFTER).isBefore(now));
        }
        return waitAfter(m.count());
    }

    /** How long the n-th mistake in a row waits. */
    static Duration waitAfter(int mistakes) {
        if (mistakes <= FREE) {
            return Duration.ZERO;
        }
        int doublings = Math.min(mistakes - FREE - 1, 16);
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
