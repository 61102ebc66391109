package dev.flowkit.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The parser's engine: walks the envelope with a JSON path at hand for every error. */
final class EnvelopeReader {

  static final String OBJECT = "whatsapp_business_account";

  // Duplicate keys are refused: a signed body must not mean one thing to us and another to the next reader.
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private EnvelopeReader() {}

  static WebhookNotification read(byte[] body) {
    At root = new At(tree(body, "$", "the body"), "$");
    String object = root.string("object");
    if (!object.equals(OBJECT)) {
      throw new WebhookParseException("\"object\" must be \"" + OBJECT + "\": this is not a WhatsApp Business "
          + "Account webhook", root.path + ".object");
    }
    List<WebhookEvent> events = new ArrayList<>();
    for (At entry : root.array("entry")) {
      String accountId = entry.string("id");
      Optional<Instant> time = entry.optionalEpochSeconds("time");
      for (At change : entry.optionalArray("changes")) {
        String field = change.string("field");
        At value = change.object("value");
        switch (field) {
          case "messages" -> messages(accountId, value, events);
          case "flows" -> events.add(flows(accountId, time, field, value));
          default -> events.add(new UnknownEvent(accountId, field, value.node));
        }
      }
    }
    return new WebhookNotification(object, events);
  }

  private static void messages(String accountId, At value, List<WebhookEvent> events) {
    At metadata = value.object("metadata");
    BusinessPhone phone = new BusinessPhone(metadata.string("phone_number_id"),
        metadata.string("display_phone_number"));
    List<At> contacts = value.optionalArray("contacts");
    for (At message : value.optionalArray("messages")) {
      events.add(message(accountId, phone, contacts, message));
    }
    for (At status : value.optionalArray("statuses")) {
      events.add(status(accountId, phone, status));
    }
    List<At> errors = value.optionalArray("errors");
    if (!errors.isEmpty()) {
      events.add(new MessagingErrors(accountId, phone, errors(errors)));
    }
  }

  private static WebhookEvent message(String accountId, BusinessPhone phone, List<At> contacts, At message) {
    String from = message.string("from");
    Sender sender = sender(from, contacts, message);
    String id = message.string("id");
    Instant timestamp = message.epochSeconds("timestamp");
    String type = message.string("type");
    Optional<String> context = message.optionalObject("context").flatMap(c -> c.optionalString("id"));
    Optional<At> nfmReply = message.optionalObject("interactive")
        .filter(i -> i.optionalString("type").filter("nfm_reply"::equals).isPresent())
        .map(i -> i.object("nfm_reply"));
    if (type.equals("interactive") && nfmReply.isPresent()) {
      At reply = nfmReply.get();
      String path = reply.path + ".response_json";
      JsonNode response = tree(reply.string("response_json").getBytes(StandardCharsets.UTF_8), path, "response_json");
      if (!response.isObject()) {
        throw new WebhookParseException("response_json must hold a JSON object, found " + At.kind(response), path);
      }
      At responseJson = new At(response, path);
      return new FlowCompletion(accountId, phone, sender, id, timestamp, context,
          responseJson.optionalString("flow_token"), responseJson.node);
    }
    return new IncomingMessage(accountId, phone, sender, id, timestamp, type, context, message.node);
  }

  private static Sender sender(String from, List<At> contacts, At message) {
    Optional<At> contact = contacts.stream()
        .filter(c -> c.optionalString("wa_id").filter(from::equals).isPresent())
        .findFirst();
    Optional<String> name = contact.flatMap(c -> c.optionalObject("profile")).flatMap(p -> p.optionalString("name"));
    Optional<String> userId = contact.flatMap(c -> c.optionalString("user_id"))
        .or(() -> message.optionalString("from_user_id"));
    return new Sender(from, name, userId);
  }

  private static WebhookEvent status(String accountId, BusinessPhone phone, At status) {
    String value = status.string("status");
    MessageStatus.Status known = constant(MessageStatus.Status.class, value);
    if (known == null) {
      return new UnknownEvent(accountId, "messages", status.node);
    }
    return new MessageStatus(accountId, phone, status.string("id"), known, status.epochSeconds("timestamp"),
        status.string("recipient_id"), status.optionalString("biz_opaque_callback_data"),
        errors(status.optionalArray("errors")), status.node);
  }

  private static List<WebhookError> errors(List<At> errors) {
    List<WebhookError> result = new ArrayList<>(errors.size());
    for (At error : errors) {
      result.add(new WebhookError(error.integer("code"), error.string("title"), error.optionalString("message"),
          error.optionalObject("error_data").flatMap(d -> d.optionalString("details")),
          error.optionalString("href")));
    }
    return result;
  }

  private static WebhookEvent flows(String accountId, Optional<Instant> time, String field, At value) {
    String event = value.string("event");
    switch (event) {
      case "FLOW_STATUS_CHANGE" -> {
        return statusChange(accountId, time, field, value);
      }
      case "FLOW_VERSION_EXPIRY_WARNING" -> {
        return new FlowVersionExpiryWarning(accountId, time, value.string("flow_id"), value.string("warning"));
      }
      default -> {
        FlowAlert.Kind kind = constant(FlowAlert.Kind.class, event);
        return kind == null ? new UnknownEvent(accountId, field, value.node) : alert(accountId, time, field, kind, value);
      }
    }
  }

  private static WebhookEvent statusChange(String accountId, Optional<Instant> time, String field, At value) {
    String flowId = value.string("flow_id");
    FlowStatusChange.FlowStatus now = constant(FlowStatusChange.FlowStatus.class, value.string("new_status"));
    Optional<String> oldText = value.optionalString("old_status");
    FlowStatusChange.FlowStatus before = oldText.map(s -> constant(FlowStatusChange.FlowStatus.class, s)).orElse(null);
    if (now == null || (oldText.isPresent() && before == null)) {
      return new UnknownEvent(accountId, field, value.node);
    }
    return new FlowStatusChange(accountId, time, flowId, Optional.ofNullable(before), now,
        value.optionalString("message"), value.optionalString("warning"));
  }

  private static WebhookEvent alert(String accountId, Optional<Instant> time, String field, FlowAlert.Kind kind,
      At value) {
    String flowId = value.string("flow_id");
    FlowAlert.State state = constant(FlowAlert.State.class, value.string("alert_state"));
    if (state == null) {
      return new UnknownEvent(accountId, field, value.node);
    }
    List<FlowAlert.ErrorTypeRate> rates = new ArrayList<>();
    for (At rate : value.optionalArray("errors")) {
      rates.add(new FlowAlert.ErrorTypeRate(rate.string("error_type"), rate.number("error_rate"),
          rate.integral("error_count")));
    }
    return new FlowAlert(accountId, time, flowId, kind, state, value.number("threshold"),
        value.optionalString("message"), value.optionalNumber("error_rate"), rates,
        value.optionalIntegral("p50_latency"), value.optionalIntegral("p90_latency"),
        value.optionalIntegral("requests_count"), value.optionalNumber("availability"), value.node);
  }

  private static <E extends Enum<E>> @Nullable E constant(Class<E> type, String name) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(name)) {
        return constant;
      }
    }
    return null;
  }

  /** Parses JSON without ever quoting it: Jackson's own messages echo tokens, which may be secrets. */
  private static JsonNode tree(byte[] json, String path, String what) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new WebhookParseException(what + " is not valid JSON" + where
          + " (or repeats a key, or has text after its end)", path);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new WebhookParseException(what + " is empty", path);
    }
    return tree;
  }

  /** A node and its JSON path. */
  private record At(JsonNode node, String path) {

    At {
      if (!node.isObject()) {
        throw new WebhookParseException("expected a JSON object, found " + kind(node), path);
      }
    }

    private @Nullable JsonNode get(String name) {
      JsonNode child = node.get(name);
      return child == null || child.isNull() ? null : child;
    }

    private JsonNode required(String name, String expected) {
      JsonNode child = get(name);
      if (child == null) {
        throw new WebhookParseException("\"" + name + "\" is missing; expected " + expected, path + "." + name);
      }
      return child;
    }

    private WebhookParseException wrongType(String name, String expected, JsonNode found) {
      return new WebhookParseException("\"" + name + "\" must be " + expected + ", found " + kind(found),
          path + "." + name);
    }

    String string(String name) {
      JsonNode child = required(name, "a string");
      if (!child.isString()) {
        throw wrongType(name, "a string", child);
      }
      return child.asString();
    }

    Optional<String> optionalString(String name) {
      return get(name) == null ? Optional.empty() : Optional.of(string(name));
    }

    At object(String name) {
      return new At(required(name, "an object"), path + "." + name);
    }

    Optional<At> optionalObject(String name) {
      return get(name) == null ? Optional.empty() : Optional.of(object(name));
    }

    List<At> array(String name) {
      JsonNode child = required(name, "an array");
      if (!child.isArray()) {
        throw wrongType(name, "an array", child);
      }
      List<At> items = new ArrayList<>(child.size());
      for (int i = 0; i < child.size(); i++) {
        items.add(new At(child.get(i), path + "." + name + "[" + i + "]"));
      }
      return items;
    }

    List<At> optionalArray(String name) {
      return get(name) == null ? List.of() : array(name);
    }

    double number(String name) {
      JsonNode child = required(name, "a number");
      if (!child.isNumber()) {
        throw wrongType(name, "a number", child);
      }
      return child.doubleValue();
    }

    OptionalDouble optionalNumber(String name) {
      return get(name) == null ? OptionalDouble.empty() : OptionalDouble.of(number(name));
    }

    long integral(String name) {
      JsonNode child = required(name, "an integer");
      if (!child.isIntegralNumber() || !child.canConvertToLong()) {
        throw wrongType(name, "an integer", child);
      }
      return child.longValue();
    }

    OptionalLong optionalIntegral(String name) {
      return get(name) == null ? OptionalLong.empty() : OptionalLong.of(integral(name));
    }

    int integer(String name) {
      long value = integral(name);
      if (value != (int) value) {
        throw new WebhookParseException("\"" + name + "\" is out of range", path + "." + name);
      }
      return (int) value;
    }

    /** Unix seconds, as a string (messages, statuses) or a number (entry time). */
    Instant epochSeconds(String name) {
      JsonNode child = required(name, "Unix seconds");
      if (child.isIntegralNumber() && child.canConvertToLong()) {
        return Instant.ofEpochSecond(child.longValue());
      }
      if (child.isString() && child.asString().matches("\\d{1,12}")) {
        return Instant.ofEpochSecond(Long.parseLong(child.asString()));
      }
      throw new WebhookParseException("\"" + name + "\" must be Unix seconds (digits), found "
          + (child.isString() ? "a string of other characters" : kind(child)),
          path + "." + name);
    }

    Optional<Instant> optionalEpochSeconds(String name) {
      return get(name) == null ? Optional.empty() : Optional.of(epochSeconds(name));
    }

    static String kind(JsonNode node) {
      return switch (node.getNodeType()) {
        case STRING -> "a string";
        case NUMBER -> "a number";
        case BOOLEAN -> "a boolean";
        case ARRAY -> "an array";
        case OBJECT -> "an object";
        case NULL -> "null";
        default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
      };
    }
  }
}
