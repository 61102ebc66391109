package dev.flowkit.junit.assertions;

import java.util.Collection;
import java.util.Optional;

/** Finds the nearest miss: the candidate a mistyped name or text most likely meant. */
final class Nearest {

  private Nearest() {}

  /**
   * The candidate closest to {@code wanted} by edit distance, if one is close enough to be a plausible typo or
   * near match: at most a third of the wanted text's length (and at least two edits) away. A candidate that
   * contains the wanted text, or is contained in it, counts by how much it differs around it.
   */
  static Optional<String> to(String wanted, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(wanted)) {
        continue;
      }
      int distance = Math.min(distance(wanted, candidate), inside(wanted, candidate) + 1);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, wanted.length() / 3);
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance; a change of case alone costs nothing. */
  static int distance(String a, String b) {
    return edits(a, b, false);
  }

  /** The fewest edits that make {@code wanted} appear somewhere inside {@code text} (approximate substring). */
  private static int inside(String wanted, String text) {
    return edits(wanted, text, true);
  }

  /** Edit distance; {@code anywhere}: the match may start and end anywhere in {@code b} at no cost. */
  private static int edits(String a, String b, boolean anywhere) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = anywhere ? 0 : j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = same(a.charAt(i - 1), b.charAt(j - 1)) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    if (!anywhere) {
      return previous[b.length()];
    }
    int best = Integer.MAX_VALUE;
    for (int value : previous) {
      best = Math.min(best, value);
    }
    return best;
  }

  private static boolean same(char a, char b) {
    return Character.toLowerCase(a) == Character.toLowerCase(b);
  }
}
