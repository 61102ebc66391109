package dev.flowkit.expr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Flow JSON {@code version} such as {@code "6.0"}, ordered the way Meta orders them (major, then minor, so
 * {@code "1.10"} comes after {@code "1.2"}). Only the syntax is checked here; whether Meta knows or still
 * accepts a version is the validator's business.
 *
 * @param major the number before the dot, not negative
 * @param minor the number after the dot, not negative
 */
public record FlowJsonVersion(int major, int minor) implements Comparable<FlowJsonVersion> {

  /** 4.0 brought global references {@code ${screen.ID.data.x}} and {@code ${screen.ID.form.x}}. */
  public static final FlowJsonVersion V4_0 = new FlowJsonVersion(4, 0);

  /** 6.0 brought backtick expressions, and literal booleans or backtick expressions in {@code If.condition}. */
  public static final FlowJsonVersion V6_0 = new FlowJsonVersion(6, 0);

  private static final Pattern FORMAT = Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  /**
   * Checks the numbers.
   *
   * @throws IllegalArgumentException if either number is negative
   */
  public FlowJsonVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException("a Flow JSON version has non-negative numbers, got " + major + "." + minor);
    }
  }

  /**
   * Reads a version the way it is written in the Flow JSON.
   *
   * @param text {@code "MAJOR.MINOR"}, e.g. {@code "7.3"}
   * @return the version
   * @throws IllegalArgumentException if {@code text} is not two dot-separated numbers without leading zeros
   */
  public static FlowJsonVersion parse(String text) {
    Matcher matcher = FORMAT.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "a Flow JSON version is written \"MAJOR.MINOR\" (e.g. \"7.3\"), got \"" + text + "\"");
    }
    return new FlowJsonVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /** Whether this version is {@code other} or later. */
  public boolean isAtLeast(FlowJsonVersion other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(FlowJsonVersion other) {
    return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
  }

  /** The version as written in Flow JSON, e.g. {@code 6.0}. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
