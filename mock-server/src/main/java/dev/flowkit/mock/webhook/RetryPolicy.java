package dev.flowkit.mock.webhook;

import java.time.Duration;

/**
 * How often and when a failed delivery is tried again: up to {@code maxAttempts} attempts in all, waiting
 * {@code initialBackoff} after the first failure and {@code multiplier} times longer after each further one, never
 * more than {@code maxBackoff}.
 *
 * <p>WhatsApp retries with decreasing frequency for up to 7 days (§6.3); the mock's {@link #defaults()} are
 * short so that a test sees the whole schedule in about a second.
 *
 * @param maxAttempts attempts in all, including the first; at least 1
 * @param initialBackoff the wait after the first failed attempt; not negative
 * @param multiplier the factor between successive waits; at least 1
 * @param maxBackoff the cap on any one wait; not less than {@code initialBackoff}
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff) {

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException if a bound above is broken
   */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    if (initialBackoff.isNegative()) {
      throw new IllegalArgumentException("initialBackoff must not be negative, got " + initialBackoff);
    }
    if (!(multiplier >= 1)) {
      throw new IllegalArgumentException("multiplier must be at least 1, got " + multiplier);
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is less than initialBackoff " + initialBackoff);
    }
  }

  /** 5 attempts, waiting 0.1 s, 0.2 s, 0.4 s and 0.8 s between them (capped at 2 s). */
  public static RetryPolicy defaults() {
    return new RetryPolicy(5, Duration.ofMillis(100), 2, Duration.ofSeconds(2));
  }

  /** A single attempt, never retried. */
  public static RetryPolicy noRetries() {
    return new RetryPolicy(1, Duration.ZERO, 1, Duration.ZERO);
  }

  /** The wait after failed attempt number {@code attempt} (1 for the first). */
  public Duration backoffAfter(int attempt) {
    double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
    return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
  }
}
