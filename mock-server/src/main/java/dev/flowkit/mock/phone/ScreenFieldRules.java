package dev.flowkit.mock.phone;

import dev.flowkit.json.CalendarPicker;
import dev.flowkit.json.CheckboxGroup;
import dev.flowkit.json.ChipsSelector;
import dev.flowkit.json.Component;
import dev.flowkit.json.DatePicker;
import dev.flowkit.json.DocumentPicker;
import dev.flowkit.json.Dropdown;
import dev.flowkit.json.PhotoPicker;
import dev.flowkit.json.TextArea;
import dev.flowkit.json.TextInput;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The client-side field checks of Flow JSON §9.3 (FB's {@code WAFlowsFormValidationUtils}): whether the value of
 * one visible input keeps the Footer disabled, and why. Messages are the simulator's own (the phone's localized
 * texts are unknown) and never quote the value.
 */
final class ScreenFieldRules {

  // §9.3, verbatim JavaScript regexes; java.util.regex reads them the same way.
  static final Pattern EMAIL = Pattern.compile(
      "^([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)+$|^$)");
  static final Pattern PASSCODE = Pattern.compile("^[0-9]*$");
  static final Pattern PHONE = Pattern.compile("^(\\+[0-9]+[* .-]*)?(\\([0-9]+\\)[ .-]*)?([0-9][0-9 .-]+[0-9])*$");
  static final Pattern NUMBER = Pattern.compile(
      "^[-+]?(?:(?:0\\d*|[1-9]\\d*(?:,\\d{3})*|\\d+)(?:\\.\\d+)?|\\d+,\\d+)(?:[eE][-+]?\\d+)?$");

  private static final Map<String, DayOfWeek> DAYS = Map.of("Mon", DayOfWeek.MONDAY, "Tue", DayOfWeek.TUESDAY,
      "Wed", DayOfWeek.WEDNESDAY, "Thu", DayOfWeek.THURSDAY, "Fri", DayOfWeek.FRIDAY, "Sat", DayOfWeek.SATURDAY,
      "Sun", DayOfWeek.SUNDAY);

  private final ScreenResolver resolver;

  ScreenFieldRules(ScreenResolver resolver) {
    this.resolver = resolver;
  }

  /** Why the field is invalid, or empty when it is valid. */
  Optional<String> check(ScreenLayout.Shown field, @Nullable JsonNode value, List<PickedFile> uploads) {
    Component c = field.source;
    boolean empty = isEmpty(value) && uploads.isEmpty();
    if (field.required && empty && !(c instanceof PhotoPicker) && !(c instanceof DocumentPicker)) {
      return Optional.of("required");
    }
    if (c instanceof TextInput x) {
      return empty ? Optional.empty() : textInput(x, value.asString().trim());
    } else if (c instanceof TextArea x) {
      int max = resolver.integer(x.maxLength(), "max-length").orElse(600);
      return !empty && value.asString().length() > max ? Optional.of("at most " + max + " characters") : Optional.empty();
    } else if (c instanceof CheckboxGroup x) {
      return field.enabled ? count(value, field, resolver.integer(x.minSelectedItems(), "min-selected-items"),
          resolver.integer(x.maxSelectedItems(), "max-selected-items")) : Optional.empty();
    } else if (c instanceof ChipsSelector x) {
      return field.enabled ? count(value, field, resolver.integer(x.minSelectedItems(), "min-selected-items"),
          resolver.integer(x.maxSelectedItems(), "max-selected-items")) : Optional.empty();
    } else if (c instanceof Dropdown) {
      return !empty && field.items.stream().noneMatch(i -> i.id().equals(value.asString()))
          ? Optional.of("not one of the options") : Optional.empty();
    } else if (c instanceof DatePicker x) {
      return empty ? Optional.empty() : date(value.asString(), resolver.text(x.minDate(), "min-date"),
          resolver.text(x.maxDate(), "max-date"), resolver.strings(x.unavailableDates(), "unavailable-dates"), null);
    } else if (c instanceof CalendarPicker x) {
      return calendar(x, field, value);
    } else if (c instanceof PhotoPicker x) {
      return files(uploads, x.minUploadedPhotos().orElse(0), x.maxUploadedPhotos().orElse(30),
          x.maxFileSizeKb().orElse(25600), Optional.empty());
    } else if (c instanceof DocumentPicker x) {
      return files(uploads, x.minUploadedDocuments().orElse(0), x.maxUploadedDocuments().orElse(30),
          x.maxFileSizeKb().orElse(25600), x.allowedMimeTypes());
    }
    return Optional.empty();
  }

  static boolean isEmpty(@Nullable JsonNode value) {
    return value == null || value.isNull() || value.isString() && value.asString().isBlank()
        || value.isArray() && value.isEmpty() || value.isBoolean() && !value.asBoolean()
        || value.isObject() && value.isEmpty();
  }

  private Optional<String> textInput(TextInput x, String text) {
    Optional<Integer> min = resolver.integer(x.minChars(), "min-chars");
    int max = resolver.integer(x.maxChars(), "max-chars").orElse(80);
    if (min.isPresent() && text.length() < min.get()) {
      return Optional.of("at least " + min.get() + " characters");
    }
    if (text.length() > max) {
      return Optional.of("at most " + max + " characters");
    }
    String type = x.inputType().orElse("text");
    Pattern format = switch (type) {
      case "email" -> EMAIL;
      case "passcode" -> PASSCODE;
      case "phone" -> PHONE;
      case "number" -> NUMBER;
      default -> null;
    };
    if (format != null && !format.matcher(text).matches()) {
      return Optional.of("not a valid " + type);
    }
    Optional<String> pattern = resolver.text(x.pattern(), "pattern");
    if (pattern.isPresent() && List.of("text", "number", "password", "passcode").contains(type)) {
      try {
        if (!Pattern.compile(pattern.get()).matcher(text).find()) { // JavaScript RegExp.test: unanchored search
          return Optional.of("does not match the pattern");
        }
      } catch (PatternSyntaxException invalid) {
        return Optional.empty(); // the client ignores a pattern it cannot compile
      }
    }
    return Optional.empty();
  }

  private static Optional<String> count(@Nullable JsonNode value, ScreenLayout.Shown field, Optional<Integer> min,
      Optional<Integer> max) {
    int selected = value == null || !value.isArray() ? 0 : value.size();
    if (min.isPresent() && selected < min.get()) {
      return Optional.of("select at least " + min.get());
    }
    int most = max.orElse(field.items.size());
    return selected > most ? Optional.of("select at most " + most) : Optional.empty();
  }

  private Optional<String> calendar(CalendarPicker x, ScreenLayout.Shown field, @Nullable JsonNode value) {
    Optional<String> min = resolver.text(x.minDate(), "min-date");
    Optional<String> max = resolver.text(x.maxDate(), "max-date");
    List<String> unavailable = resolver.strings(x.unavailableDates(), "unavailable-dates");
    List<String> days = resolver.strings(x.includeDays(), "include-days");
    if (value == null || isEmpty(value)) {
      return Optional.empty();
    }
    if (!value.isObject()) {
      return date(value.asString(), min, max, unavailable, days);
    }
    JsonNode start = value.get("start-date");
    JsonNode end = value.get("end-date");
    if (field.required && (isEmpty(start) || isEmpty(end))) {
      return Optional.of(isEmpty(start) ? "start date required" : "end date required");
    }
    for (JsonNode day : new JsonNode[] {start, end}) {
      if (!isEmpty(day)) {
        Optional<String> problem = date(day.asString(), min, max, unavailable, days);
        if (problem.isPresent()) {
          return problem;
        }
      }
    }
    if (isEmpty(start) || isEmpty(end)) {
      return Optional.empty();
    }
    LocalDate from = LocalDate.parse(start.asString());
    LocalDate to = LocalDate.parse(end.asString());
    if (to.isBefore(from)) {
      return Optional.of("end date before start date");
    }
    long span = ChronoUnit.DAYS.between(from, to);
    Optional<Integer> minDays = resolver.integer(x.minDays(), "min-days");
    Optional<Integer> maxDays = resolver.integer(x.maxDays(), "max-days");
    if (minDays.isPresent() && span < minDays.get()) {
      return Optional.of("range shorter than " + minDays.get() + " days");
    }
    if (maxDays.isPresent() && span > maxDays.get()) {
      return Optional.of("range longer than " + maxDays.get() + " days");
    }
    return Optional.empty();
  }

  private static Optional<String> date(String value, Optional<String> min, Optional<String> max,
      List<String> unavailable, @Nullable List<String> includeDays) {
    Optional<LocalDate> day = parseDate(value);
    if (day.isEmpty()) {
      return Optional.of("not a date");
    }
    if (unavailable.stream().map(ScreenFieldRules::parseDate).anyMatch(day::equals)) {
      return Optional.of("date unavailable");
    }
    if (min.flatMap(ScreenFieldRules::parseDate).filter(first -> day.get().isBefore(first)).isPresent()) {
      return Optional.of("before " + min.get());
    }
    if (max.flatMap(ScreenFieldRules::parseDate).filter(last -> day.get().isAfter(last)).isPresent()) {
      return Optional.of("after " + max.get());
    }
    if (includeDays != null && !includeDays.isEmpty()
        && includeDays.stream().map(DAYS::get).noneMatch(day.get().getDayOfWeek()::equals)) {
      return Optional.of("day of week not selectable");
    }
    return Optional.empty();
  }

  /**
   * A date as Flow JSON writes it: {@code YYYY-MM-DD} (5.0+) or, before 5.0, epoch milliseconds as a string, read
   * as a UTC date (the device uses its own time zone; UTC keeps tests reproducible).
   */
  static Optional<LocalDate> parseDate(String text) {
    try {
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(text));
      } else if (text.matches("-?\\d+")) {
        return Optional.of(Instant.ofEpochMilli(Long.parseLong(text)).atZone(ZoneOffset.UTC).toLocalDate());
      }
    } catch (DateTimeException | NumberFormatException malformed) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<String> files(List<PickedFile> files, int min, int max, int maxKb,
      Optional<List<String>> mimeTypes) {
    if (files.size() < min) {
      return Optional.of("upload at least " + min + " file(s)");
    }
    if (files.size() > max) {
      return Optional.of("upload at most " + max + " file(s)");
    }
    for (PickedFile file : files) {
      if (file.sizeBytes() > maxKb * 1024L) {
        return Optional.of("a file is larger than " + maxKb + " KB");
      }
      if (mimeTypes.isPresent() && !mimeTypes.get().contains(file.mimeType())) {
        return Optional.of("file type " + file.mimeType() + " not allowed; allowed: " + mimeTypes.get());
      }
    }
    return Optional.empty();
  }
}
