package dev.flowkit.mock.control;

import dev.flowkit.mock.graph.GraphCall;
import dev.flowkit.mock.graph.GraphCallException;
import dev.flowkit.mock.graph.GraphReply;
import dev.flowkit.mock.graph.RouteGroup;
import dev.flowkit.mock.graph.RouteTable;
import dev.flowkit.mock.webhook.WebhookDispatcher;
import dev.flowkit.mock.webhook.WebhookFaults;
import dev.flowkit.mock.webhook.WebhookKind;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The webhook journal and faults on the control API: {@code GET /_flowkit/webhooks} (the journal, oldest first;
 * {@code kind=} filters), {@code DELETE /_flowkit/webhooks} (clear it), {@code GET|POST|DELETE
 * /_flowkit/webhooks/faults} (read, set or clear the faults: {@code duplicate}, {@code delay_ms},
 * {@code max_delay_ms}, {@code drop_rate}).
 */
public final class WebhookControl implements RouteGroup {

  private final WebhookDispatcher dispatcher;

  /** The control routes of {@code dispatcher}'s journal and faults. */
  public WebhookControl(WebhookDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public void register(RouteTable table) {
    table.get("/_flowkit/webhooks", this::journal);
    table.delete("/_flowkit/webhooks", call -> {
      dispatcher.journal().clear();
      return GraphReply.success();
    });
    table.get("/_flowkit/webhooks/faults", call -> GraphReply.ok(faultsJson(dispatcher.faults())));
    table.post("/_flowkit/webhooks/faults", this::setFaults);
    table.delete("/_flowkit/webhooks/faults", call -> {
      dispatcher.faults(WebhookFaults.none());
      return GraphReply.success();
    });
  }

  private GraphReply journal(GraphCall call) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    Optional<String> kind = call.string("kind");
    if (kind.isEmpty()) {
      body.set("data", dispatcher.journal().toJson());
      return GraphReply.ok(body);
    }
    WebhookKind wanted;
    try {
      wanted = WebhookKind.valueOf(kind.get().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw GraphCallException.invalidParameter("kind must be one of " + Arrays.toString(WebhookKind.values())
          + ", got " + kind.get());
    }
    ArrayNode array = body.putArray("data");
    dispatcher.journal().ofKind(wanted).forEach(d -> array.add(d.toJson()));
    return GraphReply.ok(body);
  }

  private GraphReply setFaults(GraphCall call) {
    WebhookFaults faults = WebhookFaults.none().withDuplicate(call.bool("duplicate").orElse(false));
    long delay = call.integer("delay_ms").orElse(0L);
    long maxDelay = call.integer("max_delay_ms").orElse(delay);
    double dropRate = call.string("drop_rate").map(WebhookControl::rate).orElse(0.0);
    try {
      faults = faults.withDelay(Duration.ofMillis(delay), Duration.ofMillis(maxDelay)).withDropRate(dropRate);
    } catch (IllegalArgumentException e) {
      throw GraphCallException.invalidParameter(e.getMessage());
    }
    dispatcher.faults(faults);
    return GraphReply.ok(faultsJson(faults));
  }

  private static double rate(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw GraphCallException.invalidParameter("drop_rate must be a number from 0 to 1, got " + text);
    }
  }

  private static ObjectNode faultsJson(WebhookFaults faults) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("duplicate", faults.duplicate());
    node.put("delay_ms", faults.minDelay().toMillis());
    node.put("max_delay_ms", faults.maxDelay().toMillis());
    node.put("drop_rate", faults.dropRate());
    return node;
  }

}
