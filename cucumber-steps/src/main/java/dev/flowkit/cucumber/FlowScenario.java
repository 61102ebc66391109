package dev.flowkit.cucumber;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.FlowSessionException;
import dev.flowkit.mock.phone.SimulatedPhone;
import dev.flowkit.mock.phone.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The state of one scenario: the flow it opens and the user's session in it. Cucumber's dependency injection
 * builds one per scenario and hands it to every step class, so nothing carries over from one scenario to the
 * next. Not thread-safe (a scenario runs on one thread).
 *
 * <p>The session is opened with {@link SimulatedPhone#standalone()} against the endpoint the
 * {@link FlowKitSettings} name; the steps themselves only use {@link FlowSession}, so a session opened any other
 * way (a platform phone) can be handed in with {@link #use(FlowSession)}.
 *
 * <p>Failures are {@link AssertionError}s that end with what the user sees (the screen's plain text) and the tail
 * of the session's transcript, which masks {@code sensitive} fields.
 */
public class FlowScenario {

  /** How many transcript entries a failure shows. */
  static final int TRANSCRIPT_TAIL = 6;

  private final FlowKitSettings settings;
  private @Nullable Path flow;
  private @Nullable FlowSession session;

  /** A scenario configured by {@link FlowKitSettings#load()}. */
  public FlowScenario() {
    this.settings = FlowKitSettings.load();
  }

  private FlowScenario(FlowKitSettings settings) {
    this.settings = settings;
  }

  /** A scenario with these settings rather than the loaded ones. */
  public static FlowScenario with(FlowKitSettings settings) {
    return new FlowScenario(settings);
  }

  /** The settings in force. */
  public FlowKitSettings settings() {
    return settings;
  }

  /**
   * Names the flow file to open, relative to the flows folder.
   *
   * @throws IllegalArgumentException if there is no such file
   */
  public void flow(String file) {
    Path path = settings.flows().resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no flow file " + path.toAbsolutePath() + " (" + FlowKitSettings.FLOWS
          + " names the flows folder)");
    }
    this.flow = path;
  }

  /**
   * Opens the flow as the user does: in navigate mode on its first screen, or in data_exchange mode, where the
   * first screen is the endpoint's answer to INIT.
   *
   * @throws IllegalStateException if no flow was named
   * @throws AssertionError if the phone refuses to open it
   */
  public FlowSession open(boolean dataExchange) {
    if (flow == null) {
      throw new IllegalStateException("no flow yet: start the scenario with 'Given the flow \"file.json\"'");
    }
    SimulatedPhone.Standalone phone = SimulatedPhone.standalone().flow(flow);
    settings.endpoint().ifPresent(phone::endpoint);
    settings.publicKeyPem().ifPresent(phone::businessPublicKey);
    settings.appSecret().map(AppSecret::of).ifPresent(phone::appSecret);
    if (dataExchange) {
      phone.dataExchange();
    }
    try {
      return use(phone.open());
    } catch (FlowSessionException e) {
      throw new AssertionError("the user could not open " + flow.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /** Makes this the scenario's session (e.g. one a platform phone opened); returns it. */
  public FlowSession use(FlowSession session) {
    this.session = session;
    return session;
  }

  /**
   * The user's session.
   *
   * @throws IllegalStateException if the user has not opened the flow yet
   */
  public FlowSession session() {
    if (session == null) {
      throw new IllegalStateException("the user has not opened the flow yet: add 'When the user opens the flow'");
    }
    return session;
  }

  /**
   * Does something on the session; a refusal becomes an assertion failure showing what the user sees.
   *
   * @throws AssertionError if the session refuses
   */
  public void act(String what, UnaryOperator<FlowSession> action) {
    FlowSession current = session();
    try {
      action.apply(current);
    } catch (FlowSessionException e) {
      AssertionError failure = new AssertionError("the user could not " + what + ": " + firstLine(e.getMessage())
          + context(current));
      failure.initCause(e);
      throw failure;
    }
  }

  /** An assertion failure with this headline, what the user sees and the transcript tail. */
  public AssertionError failure(String headline) {
    return new AssertionError(headline + (session == null ? "" : context(session)));
  }

  private static String context(FlowSession session) {
    StringBuilder text = new StringBuilder();
    text.append("\n\nThe user sees");
    try {
      text.append(" (").append(session.screen().id()).append("):\n").append(indent(session.screen().plainText()));
    } catch (FlowSessionException e) {
      text.append(": no screen (").append(firstLine(e.getMessage())).append(")");
    }
    session.lastError().ifPresent(error -> text.append("\n  [error] ").append(error));
    Transcript transcript = session.transcript();
    List<Transcript.Entry> entries = transcript.entries();
    List<Transcript.Entry> tail = entries.subList(Math.max(0, entries.size() - TRANSCRIPT_TAIL), entries.size());
    text.append("\n\nLast steps of the transcript (").append(tail.size()).append(" of ").append(entries.size())
        .append("):\n").append(tail.stream().map(Transcript.Entry::toText).map(FlowScenario::indent)
            .collect(Collectors.joining("\n")));
    return text.toString();
  }

  private static String indent(String text) {
    return text.lines().map(line -> "  " + line).collect(Collectors.joining("\n"));
  }

  private static String firstLine(@Nullable String message) {
    return Optional.ofNullable(message).map(m -> m.lines().findFirst().orElse("")).orElse("");
  }
}
