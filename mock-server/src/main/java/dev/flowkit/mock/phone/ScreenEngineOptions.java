package dev.flowkit.mock.phone;

import java.util.Objects;

/**
 * The choices the screen engine makes where the facts are uncertain (Flow JSON §9, §11; platform.md §5.4), each
 * switchable. {@link #defaults()} follows the spec's recommendations.
 *
 * @param sameScreenData what a response naming the current screen does to its data: {@link
 *     SameScreenData#REPLACE} (default; §9.7 recommends it, UNCERTAIN on devices) or {@link SameScreenData#MERGE}
 * @param requireDeclaredKeys whether a response, or the opening data, must carry every key the target screen's
 *     data model declares (default true: the model is the screen's contract, and Meta's navigate check expects
 *     every declared field); when false only the types of the keys present are checked
 * @param navigateWaitsForData whether a Footer whose navigate payload binds a key the next screen declares stays
 *     disabled while that binding resolves to nothing or an empty string (default true: the docs keep the button
 *     disabled "until the data required by the next screen is available"; the exact rule is UNCERTAIN)
 */
public record ScreenEngineOptions(SameScreenData sameScreenData, boolean requireDeclaredKeys,
    boolean navigateWaitsForData) {

  /** How a same-screen response changes the screen's data. */
  public enum SameScreenData {
    /** The response's data replaces the screen's data. */
    REPLACE,
    /** The response's keys are written over the screen's data; other keys stay. */
    MERGE
  }

  /** Not null. */
  public ScreenEngineOptions {
    Objects.requireNonNull(sameScreenData, "sameScreenData");
  }

  /** REPLACE, declared keys required, navigate waits for its data. */
  public static ScreenEngineOptions defaults() {
    return new ScreenEngineOptions(SameScreenData.REPLACE, true, true);
  }

  /** These options with another same-screen rule. */
  public ScreenEngineOptions withSameScreenData(SameScreenData rule) {
    return new ScreenEngineOptions(rule, requireDeclaredKeys, navigateWaitsForData);
  }

  /** These options with declared keys required or not. */
  public ScreenEngineOptions withRequireDeclaredKeys(boolean require) {
    return new ScreenEngineOptions(sameScreenData, require, navigateWaitsForData);
  }

  /** These options with the navigate-data rule of §9.4 on or off. */
  public ScreenEngineOptions withNavigateWaitsForData(boolean wait) {
    return new ScreenEngineOptions(sameScreenData, requireDeclaredKeys, wait);
  }
}
