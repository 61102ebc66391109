package dev.flowkit.examples.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks that the fenced code blocks of a README are copies of source files the build compiles or runs.
 *
 * <p>A block is split at blank lines into chunks. Each chunk, with its common indentation removed and trailing
 * spaces ignored, must be a contiguous run of lines (normalised the same way) in one source file, and the chunks
 * must appear in that file in the block's order. So an import chunk and a chunk from inside a method both match,
 * whatever the method's indentation.
 */
final class SampleChecker {

  /** A fenced block: the README it is in, the line of its first code line (1-based), and its lines. */
  record Block(String readme, int line, List<String> lines) {
  }

  /** Lines of a block with no blank line between them; {@code line} is the README line of the first. */
  record Chunk(int line, List<String> lines) {
  }

  private final Map<String, List<String>> sources;

  /** @param sources source file name (as it should be shown) to its lines */
  SampleChecker(Map<String, List<String>> sources) {
    this.sources = Map.copyOf(sources);
  }

  /** Every block fenced with {@code ```language} in {@code text}. */
  static List<Block> blocks(String readme, String text, String language) {
    List<Block> blocks = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```" + language)) {
        continue;
      }
      int start = i + 1;
      int end = start;
      while (end < lines.size() && !lines.get(end).strip().equals("```")) {
        end++;
      }
      blocks.add(new Block(readme, start + 1, lines.subList(start, end)));
      i = end;
    }
    return blocks;
  }

  /** The block split at blank lines, each chunk normalised. */
  static List<Chunk> chunks(Block block) {
    List<Chunk> chunks = new ArrayList<>();
    int from = -1;
    for (int i = 0; i <= block.lines().size(); i++) {
      boolean blank = i == block.lines().size() || block.lines().get(i).isBlank();
      if (blank && from >= 0) {
        chunks.add(new Chunk(block.line() + from, normalise(block.lines().subList(from, i))));
        from = -1;
      } else if (!blank && from < 0) {
        from = i;
      }
    }
    return chunks;
  }

  /** Trailing spaces removed, then the indentation all non-blank lines share. */
  static List<String> normalise(List<String> lines) {
    List<String> stripped = lines.stream().map(String::stripTrailing).toList();
    int indent = stripped.stream().filter(line -> !line.isEmpty())
        .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
    return stripped.stream().map(line -> line.isEmpty() ? line : line.substring(indent)).toList();
  }

  /** Empty when the block is found in one source file; else what is missing, where, and the closest line. */
  Optional<String> check(Block block) {
    List<Chunk> chunks = chunks(block);
    if (chunks.isEmpty()) {
      return Optional.empty();
    }
    String bestFile = "";
    int bestFound = -1;
    for (Map.Entry<String, List<String>> source : sources.entrySet()) {
      int found = foundInOrder(chunks, source.getValue());
      if (found == chunks.size()) {
        return Optional.empty();
      }
      if (found > bestFound || found == bestFound && source.getKey().compareTo(bestFile) < 0 && !bestFile.isEmpty()) {
        bestFound = found;
        bestFile = source.getKey();
      }
    }
    Chunk missing = chunks.get(Math.max(bestFound, 0));
    String first = missing.lines().get(0);
    StringBuilder message = new StringBuilder(block.readme() + ":" + missing.line() + ": chunk not found in any sample: \""
        + first.strip() + "\"");
    if (bestFound > 0) {
      message.append(" (the chunks before it are in ").append(bestFile).append(')');
      for (Map.Entry<String, List<String>> source : sources.entrySet()) {
        if (indexOf(missing, source.getValue(), 0) >= 0) {
          message.append("; it is in ").append(source.getKey()).append(", but not after the chunk before it");
          break;
        }
      }
    }
    Optional<String> near = nearMiss(missing, message);
    near.or(() -> closest(first)).ifPresent(line -> message.append("; closest sample line: ").append(line));
    return Optional.of(message.toString());
  }

  /**
   * Where the longest leading run of the chunk's lines is found: names the chunk's first line that differs and
   * returns the sample line in its place. Empty when not even the chunk's first line is in a sample.
   */
  private Optional<String> nearMiss(Chunk chunk, StringBuilder message) {
    int best = 0;
    String sampleLine = null;
    for (Map.Entry<String, List<String>> source : sources.entrySet()) {
      List<String> lines = source.getValue();
      for (int at = 0; at < lines.size(); at++) {
        int same = 0;
        while (same < chunk.lines().size() && at + same < lines.size()
            && lines.get(at + same).strip().equals(chunk.lines().get(same).strip())) {
          same++;
        }
        if (same > best && same < chunk.lines().size()) {
          best = same;
          sampleLine = at + same < lines.size()
              ? source.getKey() + ":" + (at + same + 1) + ": \"" + lines.get(at + same).strip() + "\""
              : source.getKey() + ": (end of file)";
        }
      }
    }
    if (sampleLine == null) {
      return Optional.empty();
    }
    message.append("; the first line that differs is ").append(chunk.line() + best).append(": \"")
        .append(chunk.lines().get(best).strip()).append('"');
    return Optional.of(sampleLine);
  }

  /** How many leading chunks are found in {@code lines}, each after the one before. */
  private static int foundInOrder(List<Chunk> chunks, List<String> lines) {
    int from = 0;
    for (int i = 0; i < chunks.size(); i++) {
      int at = indexOf(chunks.get(i), lines, from);
      if (at < 0) {
        return i;
      }
      from = at + chunks.get(i).lines().size();
    }
    return chunks.size();
  }

  private static int indexOf(Chunk chunk, List<String> lines, int from) {
    int size = chunk.lines().size();
    for (int at = from; at + size <= lines.size(); at++) {
      if (!lines.get(at).strip().equals(chunk.lines().get(0).strip())) {
        continue;
      }
      if (normalise(lines.subList(at, at + size)).equals(chunk.lines())) {
        return at;
      }
    }
    return -1;
  }

  private Optional<String> closest(String wanted) {
    String target = wanted.strip();
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Map.Entry<String, List<String>> source : sources.entrySet()) {
      List<String> lines = source.getValue();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty()) {
          continue;
        }
        int distance = distance(target, line);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = source.getKey() + ":" + (i + 1) + ": \"" + line + "\"";
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The files under {@code root} whose names end with {@code suffix}, keyed by their path from {@code base}. */
  static Map<String, List<String>> read(Path base, Path root, String suffix) {
    Map<String, List<String>> files = new java.util.TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(f -> f.getFileName().toString().endsWith(suffix)).toList()) {
        files.put(base.relativize(file).toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
