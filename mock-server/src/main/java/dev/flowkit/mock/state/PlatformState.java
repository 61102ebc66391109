package dev.flowkit.mock.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the mock platform knows, one section per domain, each a map from id to record in insertion order.
 * Sections are changed only inside {@link StateStore#write}, on a private copy that replaces the committed state when
 * the change returns; a state handed to {@link StateStore#read} is never changed again.
 *
 * @param businesses by id
 * @param wabas by id
 * @param phoneNumbers by PNID
 * @param apps by id
 * @param tokens by token text
 * @param flows by id
 * @param messages by wamid
 * @param templates by id
 * @param webhookOverrides callback overrides by WABA id or PNID (section 6.1)
 */
public record PlatformState(Map<String, Business> businesses, Map<String, Waba> wabas,
    Map<String, PhoneNumber> phoneNumbers, Map<String, App> apps, Map<String, AccessToken> tokens,
    Map<String, FlowRecord> flows, Map<String, MessageRecord> messages, Map<String, TemplateRecord> templates,
    Map<String, WebhookOverride> webhookOverrides) {

  /** Every section becomes a fresh insertion-ordered map. */
  public PlatformState {
    businesses = new LinkedHashMap<>(businesses);
    wabas = new LinkedHashMap<>(wabas);
    phoneNumbers = new LinkedHashMap<>(phoneNumbers);
    apps = new LinkedHashMap<>(apps);
    tokens = new LinkedHashMap<>(tokens);
    flows = new LinkedHashMap<>(flows);
    messages = new LinkedHashMap<>(messages);
    templates = new LinkedHashMap<>(templates);
    // A state file written before overrides existed has none: read as empty, not as a failure.
    webhookOverrides = new LinkedHashMap<>(Objects.requireNonNullElse(webhookOverrides, Map.of()));
  }

  /** An empty state. */
  public static PlatformState empty() {
    return new PlatformState(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
        Map.of());
  }

  /** A copy whose sections can change without touching this one (records are immutable and shared). */
  public PlatformState copy() {
    return new PlatformState(businesses, wabas, phoneNumbers, apps, tokens, flows, messages, templates,
        webhookOverrides);
  }

  /** Whether {@code id} names any object of any section (ids are unique across sections). */
  public boolean usesId(String id) {
    return businesses.containsKey(id) || wabas.containsKey(id) || phoneNumbers.containsKey(id)
        || apps.containsKey(id) || flows.containsKey(id) || templates.containsKey(id);
  }

  /** The business an app belongs to. */
  public Optional<String> businessOfApp(String appId) {
    return Optional.ofNullable(apps.get(appId)).map(App::businessId);
  }

  /** The WABA with {@code id} when it belongs to {@code businessId}. */
  public Optional<Waba> waba(String id, String businessId) {
    return Optional.ofNullable(wabas.get(id)).filter(w -> w.businessId().equals(businessId));
  }

  /** The phone number with {@code id} when its WABA belongs to {@code businessId}. */
  public Optional<PhoneNumber> phoneNumber(String id, String businessId) {
    return Optional.ofNullable(phoneNumbers.get(id)).filter(p -> waba(p.wabaId(), businessId).isPresent());
  }

  /** The flow with {@code id} when its WABA belongs to {@code businessId}. */
  public Optional<FlowRecord> flow(String id, String businessId) {
    return Optional.ofNullable(flows.get(id)).filter(f -> waba(f.wabaId(), businessId).isPresent());
  }

  /** The phone numbers of a WABA, in creation order. */
  public List<PhoneNumber> phoneNumbersOf(String wabaId) {
    return phoneNumbers.values().stream().filter(p -> p.wabaId().equals(wabaId)).toList();
  }

  /** The flows of a WABA, in creation order. */
  public List<FlowRecord> flowsOf(String wabaId) {
    return flows.values().stream().filter(f -> f.wabaId().equals(wabaId)).toList();
  }

  /** The templates of a WABA, in creation order. */
  public List<TemplateRecord> templatesOf(String wabaId) {
    return templates.values().stream().filter(t -> t.wabaId().equals(wabaId)).toList();
  }

  /** The messages sent to {@code to}, oldest first. */
  public List<MessageRecord> messagesTo(String to) {
    return messages.values().stream().filter(m -> m.to().equals(to)).toList();
  }
}
