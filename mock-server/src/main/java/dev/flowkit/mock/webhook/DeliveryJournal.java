package dev.flowkit.mock.webhook;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;

/**
 * Every webhook a {@link WebhookDispatcher} handled, oldest first, with its attempts and state. Thread-safe.
 *
 * <p>Bounded: past its capacity the oldest entry is evicted (even if still pending, whose delivery carries on
 * unrecorded), so a long-running mock does not grow without end. Queries return snapshots.
 */
public final class DeliveryJournal {

  private final int capacity;
  private final Object lock = new Object();
  private final LinkedHashMap<String, Delivery> entries = new LinkedHashMap<>();

  DeliveryJournal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("the journal capacity must be at least 1, got " + capacity);
    }
    this.capacity = capacity;
  }

  /** How many entries it keeps at most. */
  public int capacity() {
    return capacity;
  }

  /** Every entry, oldest first. */
  public List<Delivery> all() {
    synchronized (lock) {
      return List.copyOf(entries.values());
    }
  }

  /** The entries of one kind, oldest first. */
  public List<Delivery> ofKind(WebhookKind kind) {
    return matching(d -> d.kind() == kind);
  }

  /** The entries dispatched at or after {@code instant}, oldest first. */
  public List<Delivery> since(Instant instant) {
    return matching(d -> !d.created().isBefore(instant));
  }

  /** The entries in one state, oldest first. */
  public List<Delivery> inState(DeliveryState state) {
    return matching(d -> d.state() == state);
  }

  /** One entry, if it is still in the journal. */
  public Optional<Delivery> get(String id) {
    synchronized (lock) {
      return Optional.ofNullable(entries.get(id));
    }
  }

  /** Forgets every entry; deliveries under way carry on unrecorded. */
  public void clear() {
    synchronized (lock) {
      entries.clear();
      lock.notifyAll();
    }
  }

  /** Every entry as a JSON array of {@link Delivery#toJson()}, oldest first. */
  public ArrayNode toJson() {
    ArrayNode array = WebhookJson.MAPPER.createArrayNode();
    all().forEach(d -> array.add(d.toJson()));
    return array;
  }

  /**
   * Waits until at least {@code count} entries are in {@code state}.
   *
   * @return those entries, oldest first
   * @throws AssertionError if the timeout passes first, listing what the journal holds
   */
  public List<Delivery> awaitState(DeliveryState state, int count, Duration timeout) {
    return await(d -> d.state() == state, count, timeout, count + " deliveries " + state);
  }

  /**
   * Waits until at least {@code count} entries match {@code condition}; for tests. Counts what the journal holds
   * now, so entries evicted or cleared meanwhile do not count.
   *
   * @param description what is awaited, for the failure message
   * @return the matching entries, oldest first
   * @throws AssertionError if the timeout passes first, listing what the journal holds
   */
  public List<Delivery> await(Predicate<Delivery> condition, int count, Duration timeout, String description) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (true) {
        List<Delivery> found = entries.values().stream().filter(condition).toList();
        if (found.size() >= count) {
          return found;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("Expected " + description + " within " + timeout + ", but " + found.size()
              + " matched; the journal holds " + summary());
        }
        try {
          lock.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted while waiting for " + description, e);
        }
      }
    }
  }

  private String summary() {
    if (entries.isEmpty()) {
      return "nothing";
    }
    return entries.values().stream()
        .map(d -> d.id() + " " + d.kind() + " " + d.state() + " after " + d.attempts().size() + " attempt(s)")
        .collect(Collectors.joining("; ", "[", "]"));
  }

  private List<Delivery> matching(Predicate<Delivery> condition) {
    synchronized (lock) {
      return entries.values().stream().filter(condition).toList();
    }
  }

  Delivery add(String id, WebhookKind kind, Optional<URI> target, Instant created, String payload,
      Optional<String> duplicateOf, DeliveryState state) {
    Delivery delivery = new Delivery(id, kind, target, created, payload, duplicateOf, List.of(), state);
    synchronized (lock) {
      entries.put(id, delivery);
      Iterator<Map.Entry<String, Delivery>> oldest = entries.entrySet().iterator();
      while (entries.size() > capacity) {
        oldest.next();
        oldest.remove();
      }
      lock.notifyAll();
    }
    return delivery;
  }

  /** Records an attempt and the state it leads to; a no-op for an entry evicted or cleared meanwhile. */
  void update(String id, Optional<Delivery.Attempt> attempt, DeliveryState state) {
    synchronized (lock) {
      Delivery now = entries.get(id);
      if (now == null) {
        return;
      }
      List<Delivery.Attempt> attempts = new ArrayList<>(now.attempts());
      attempt.ifPresent(attempts::add);
      entries.put(id, new Delivery(now.id(), now.kind(), now.target(), now.created(), now.payload(),
          now.duplicateOf(), attempts, state));
      lock.notifyAll();
    }
  }
}
