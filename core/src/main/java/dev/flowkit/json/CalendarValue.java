package dev.flowkit.json;

import java.util.Objects;

/**
 * A CalendarPicker property that takes one value in {@code single} mode and one per end of the range in
 * {@code range} mode ({@code label}, {@code helper-text}, {@code required}, {@code init-value},
 * {@code error-message}).
 *
 * @param <T> the value type
 */
public sealed interface CalendarValue<T> permits CalendarValue.Single, CalendarValue.Range {

  /**
   * One value, for single mode.
   *
   * @param value the value
   * @param <T> its type
   */
  record Single<T>(T value) implements CalendarValue<T> {
    /** Not null. */
    public Single {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * {@code {"start-date": ..., "end-date": ...}}, for range mode.
   *
   * @param startDate {@code start-date}
   * @param endDate {@code end-date}
   * @param extras properties not modelled here, verbatim
   * @param <T> their type
   */
  record Range<T>(T startDate, T endDate, Extras extras) implements CalendarValue<T> {
    /** Nothing may be null. */
    public Range {
      Objects.requireNonNull(startDate, "startDate");
      Objects.requireNonNull(endDate, "endDate");
      Objects.requireNonNull(extras, "extras");
    }
  }
}
