package dev.flowkit.mock.graph;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Graph API version such as {@code v21.0} (spec/platform.md section 1.1).
 *
 * @param major the major number
 * @param minor the minor number
 */
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

  private static final Pattern FORM = Pattern.compile("v(\\d{1,4})\\.(\\d{1,4})");

  /** The version that renamed {@code data_channel_uri} to {@code endpoint_uri}. */
  public static final ApiVersion V19 = new ApiVersion(19, 0);

  /**
   * The version unversioned paths are served with: Graph serves them with the oldest available version; the Flows
   * API's oldest version in Meta's material is v18.0 (so such calls see {@code data_channel_uri}).
   */
  public static final ApiVersion OLDEST = new ApiVersion(18, 0);

  /** {@code v21.0} as a version, or empty when the text is not of that form. */
  public static Optional<ApiVersion> parse(String text) {
    Matcher m = FORM.matcher(text);
    return m.matches() ? Optional.of(new ApiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
        : Optional.empty();
  }

  /**
   * The name of a flow's endpoint field in this version: {@code endpoint_uri} from v19.0, {@code data_channel_uri}
   * before (spec/platform.md section 1.1).
   */
  public String endpointUriField() {
    return atLeast(V19) ? "endpoint_uri" : "data_channel_uri";
  }

  /** Whether this version is {@code other} or newer. */
  public boolean atLeast(ApiVersion other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(ApiVersion other) {
    return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
  }

  /** {@code v21.0}. */
  @Override
  public String toString() {
    return "v" + major + "." + minor;
  }
}
