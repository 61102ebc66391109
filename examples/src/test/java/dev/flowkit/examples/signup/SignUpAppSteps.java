package dev.flowkit.examples.signup;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.cucumber.FlowScenario;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.SentMessage;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.phone.EndpointExchange;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.webhook.FlowCompletion;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The sign-up app's own steps: the real {@link SignUpApp} is started against the scenario's mock WhatsApp platform
 * and its own start-up publishes and sends the flow, so the flow token is the app's; then flowkit-cucumber's steps
 * walk the flow, and these check what the business's side holds (users, completions) and do what only the business
 * can (rotate its key, expire a link).
 *
 * <p>One business key pair for the run; each scenario starts a fresh app (an empty user store) on a free loopback
 * port, which registers its own {@code /webhook} as the number's callback URL on the platform (which
 * flowkit-cucumber starts once per run and resets per scenario), and stops it at the end.
 */
public class SignUpAppSteps {

  private static final String NEVER_ISSUED_TOKEN = "a-token-the-app-never-issued";
  /** The business's key for the whole run: RSA-2048 generation is most of what starting an app costs. */
  private static final String PRIVATE_KEY_PEM = BusinessKeys.toPem(BusinessKeys.generate().getPrivate());

  private final FlowScenario scenario;
  private @Nullable SignUpApp app;
  private @Nullable String flowId;

  /** Built by Cucumber with the scenario's state. */
  public SignUpAppSteps(FlowScenario scenario) {
    this.scenario = scenario;
  }

  /** Each scenario's app stops with it. */
  @After
  public void stopTheApp() {
    if (app != null) {
      app.close();
    }
  }

  /**
   * {@code Given the business has published its sign-up flow}: the app starts against the platform (its Graph
   * base URL, token, ids, app secret and verify token) on a free loopback port and registers its webhook receiver
   * as the number's callback ({@code whatsapp.webhook-uri}; WhatsApp checks it with the verification handshake),
   * then registers its public key, creates, uploads and publishes the flow (the platform pings the app's endpoint
   * first). A fresh app per scenario listens on a fresh port, so no connection of the last scenario is reused.
   */
  @Given("the business has published its sign-up flow")
  public void published() {
    MockWhatsApp whatsapp = scenario.mockPlatform();
    SignUpApp started = SignUpApp.start(Map.of(
        "whatsapp.graph.base-url", whatsapp.baseUrl(),
        "whatsapp.graph.access-token", whatsapp.accessToken(),
        "whatsapp.waba-id", whatsapp.wabaId(),
        "whatsapp.phone-number-id", whatsapp.phoneNumberId(),
        "whatsapp.app-secret", whatsapp.appSecret(),
        "whatsapp.verify-token", whatsapp.verifyToken(),
        "whatsapp.private-key", PRIVATE_KEY_PEM,
        "whatsapp.callback-port", "0",
        "whatsapp.endpoint-uri", "/flow",
        "whatsapp.webhook-uri", "/webhook"));
    app = started;
    flowId = started.createAndPublish();
  }

  /** {@code Given the business sends the sign-up flow to "447700900123"}: with a flow token the app issues. */
  @Given("the business sends the sign-up flow to {string}")
  public void sendTo(String waId) {
    SentMessage sent = app().sendTo(waId, flowId());
    scenario.messageSentTo(waId, sent.messageId());
  }

  /**
   * {@code Given a sign-up flow reaches "447700900123" with a link the business never issued}: sent from the
   * business's number straight through the Graph API, with a flow token the app does not know.
   */
  @Given("a sign-up flow reaches {string} with a link the business never issued")
  public void sentWithAForeignToken(String waId) {
    MockWhatsApp whatsapp = scenario.mockPlatform();
    GraphApiClient graph = GraphApiClient.builder().baseUrl(whatsapp.baseUrl()).accessToken(whatsapp.accessToken())
        .build();
    SentMessage sent = graph.sendFlowMessage(whatsapp.phoneNumberId(), FlowMessage.builder(waId, "Sign up")
        .flowId(flowId()).flowToken(NEVER_ISSUED_TOKEN).navigate(SignUpFlow.START, Map.of()).build());
    scenario.messageSentTo(waId, sent.messageId());
  }

  /**
   * {@code Given these users signed up earlier:} a table with the header | first name | last name | email |
   * password |, registered in the app's user store.
   */
  @Given("these users signed up earlier:")
  public void signedUpEarlier(DataTable users) {
    for (Map<String, String> row : users.asMaps()) {
      app().users().register(new UserStore.User(cell(row, "first name"), cell(row, "last name"), cell(row, "email"),
          cell(row, "password")));
    }
  }

  /** {@code When the business expires the user's sign-up link}: the app stops accepting the session's flow token. */
  @When("the business expires the user's sign-up link")
  public void expire() {
    app().expire(scenario.session().flowToken());
  }

  /** {@code When the business rotates its key}: a new pair, its public half registered with WhatsApp. */
  @When("the business rotates its key")
  public void rotateKey() {
    app().rotateKey();
  }

  /**
   * {@code Then the phone was refused with the old key, fetched the new one and was answered}: the last request
   * was answered 421, then 200 on the phone's one retry.
   */
  @Then("the phone was refused with the old key, fetched the new one and was answered")
  public void refetchedTheKey() {
    List<EndpointExchange> exchanges = scenario.session().transcript().exchanges();
    if (exchanges.isEmpty()) {
      throw scenario.failure("Expected a request refused with 421 then answered, but the phone sent no request");
    }
    List<String> statuses = exchanges.get(exchanges.size() - 1).attempts().stream()
        .map(attempt -> attempt.httpStatus().isPresent() ? Integer.toString(attempt.httpStatus().getAsInt())
            : "no answer")
        .collect(Collectors.toList());
    if (!statuses.equals(List.of("421", "200"))) {
      throw scenario.failure("Expected the last request to be answered 421, then 200 once the phone fetched the new "
          + "key, but its answers were " + statuses);
    }
  }

  /** {@code Then the business has registered "ada@example.com" as "Ada Lovelace"}. */
  @Then("the business has registered {string} as {string}")
  public void registered(String email, String name) {
    Optional<UserStore.User> user = app().users().find(email);
    if (user.isEmpty()) {
      throw scenario.failure("Expected the business to have registered " + email + " but it has not");
    }
    String registered = user.get().firstName() + " " + user.get().lastName();
    if (!registered.equals(name)) {
      throw scenario.failure("Expected the business to have registered " + email + " as " + name + " but it has "
          + registered);
    }
  }

  /** {@code Then the business has not registered "ada@example.com"}. */
  @Then("the business has not registered {string}")
  public void notRegistered(String email) {
    if (app().users().find(email).isPresent()) {
      throw scenario.failure("Expected the business not to have registered " + email + " but it has");
    }
  }

  /**
   * {@code Then the sign-up app received the completion}: the platform delivered the completion webhook of the
   * user's message to the app's receiver, which kept it, with the flow token the app issued and the very answers
   * the flow completed with on the phone.
   */
  @Then("the sign-up app received the completion")
  public void receivedCompletion() {
    scenario.awaitCompletionWebhook();
    FlowSession session = scenario.session();
    List<FlowCompletion> completions = app().completions();
    FlowCompletion completion = completions.stream()
        .filter(done -> done.contextMessageId().equals(Optional.of(session.messageId()))).findFirst()
        .orElseThrow(() -> scenario.failure("Expected the app to have kept the completion of the user's message "
            + "but it has " + completions.size() + " completion(s) of other messages"));
    if (!completion.flowToken().equals(Optional.of(session.flowToken()))) {
      throw scenario.failure("Expected the completion to carry the flow token the app issued but it carries "
          + (completion.flowToken().isPresent() ? "another one" : "none"));
    }
    if (!session.completion().equals(Optional.of(completion.response()))) {
      throw scenario.failure("Expected the app to have received the answers the flow completed with on the phone, "
          + "but it received fields " + completion.response().propertyNames() + " with other values");
    }
  }

  private SignUpApp app() {
    if (app == null) {
      throw new IllegalStateException("the app is not running: start with 'Given the business has published its "
          + "sign-up flow'");
    }
    return app;
  }

  private String flowId() {
    app();
    return Objects.requireNonNull(flowId, "flowId");
  }

  private static String cell(Map<String, String> row, String column) {
    String value = row.get(column);
    if (value == null) {
      throw new IllegalArgumentException("'these users signed up earlier:' needs a value in the column '" + column
          + "' (columns: first name, last name, email, password)");
    }
    return value;
  }
}
