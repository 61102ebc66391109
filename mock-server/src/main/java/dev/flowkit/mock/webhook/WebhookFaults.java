package dev.flowkit.mock.webhook;

import java.time.Duration;
import java.util.Random;

/**
 * Faults the dispatcher injects, for testing that a business's receiver is idempotent and robust. Immutable;
 * swap them at runtime with {@link WebhookDispatcher#faults(WebhookFaults)}. Chance is drawn from the
 * dispatcher's {@link Random}, so a seeded one makes runs reproducible.
 *
 * @param duplicate deliver every webhook twice: two journal entries, the second naming the first in
 *     {@link Delivery#duplicateOf()}, each with its own retries
 * @param minDelay the shortest wait before the first attempt
 * @param maxDelay the longest wait before the first attempt; equal to {@code minDelay} for a fixed delay
 * @param dropRate the share of webhooks dropped, from 0 (none) to 1 (all): recorded as
 *     {@link DeliveryState#DROPPED}, never sent
 */
public record WebhookFaults(boolean duplicate, Duration minDelay, Duration maxDelay, double dropRate) {

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException if a delay is negative, {@code maxDelay < minDelay}, or the rate is outside
   *     0 to 1
   */
  public WebhookFaults {
    if (minDelay.isNegative() || maxDelay.compareTo(minDelay) < 0) {
      throw new IllegalArgumentException("delays must satisfy 0 <= minDelay <= maxDelay, got " + minDelay
          + " and " + maxDelay);
    }
    if (!(dropRate >= 0 && dropRate <= 1)) {
      throw new IllegalArgumentException("dropRate must be between 0 and 1, got " + dropRate);
    }
  }

  /** No faults: every webhook sent once, at once. */
  public static WebhookFaults none() {
    return new WebhookFaults(false, Duration.ZERO, Duration.ZERO, 0);
  }

  /** These faults with duplicate delivery switched on or off. */
  public WebhookFaults withDuplicate(boolean on) {
    return new WebhookFaults(on, minDelay, maxDelay, dropRate);
  }

  /** These faults with a fixed delay before each first attempt. */
  public WebhookFaults withDelay(Duration delay) {
    return new WebhookFaults(duplicate, delay, delay, dropRate);
  }

  /** These faults with a delay drawn uniformly from {@code [min, max]} before each first attempt. */
  public WebhookFaults withDelay(Duration min, Duration max) {
    return new WebhookFaults(duplicate, min, max, dropRate);
  }

  /** These faults dropping the given share of webhooks (1 drops all). */
  public WebhookFaults withDropRate(double rate) {
    return new WebhookFaults(duplicate, minDelay, maxDelay, rate);
  }

  boolean drops(Random random) {
    return dropRate > 0 && (dropRate >= 1 || random.nextDouble() < dropRate);
  }

  Duration delay(Random random) {
    long spread = maxDelay.toMillis() - minDelay.toMillis();
    return spread <= 0 ? minDelay : minDelay.plusMillis((long) (random.nextDouble() * (spread + 1)));
  }
}
