package dev.flowkit.validation;

import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;

/**
 * Validates Flow JSON offline and reports what Meta's Flows API reports: the same codes, messages and positions
 * (spec/flow-json.md section 8). Stateless and thread-safe.
 *
 * <p>The rules run in Meta's order (section 8.5): the text must parse, the version must be known (2.1 to 7.3),
 * then the schema rules of the flow's version; when they find anything, nothing else runs, as with Meta. Otherwise
 * the semantic rules follow (screens, data models, bindings, expressions, counts and placement, Form values,
 * dates, pickers, actions, payloads, routing) and collect every error, merged by code and message. Warnings
 * ({@link ValidationResult#warnings()}) are computed after them.
 */
public final class FlowJsonValidator {

  private FlowJsonValidator() {}

  /** Validates Flow JSON text; positions refer to this text. */
  public static ValidationResult validate(String text) {
    return new ValidationRun(text).run();
  }

  /** Validates a model; positions refer to its pretty-printed form ({@link FlowJsonMapper#writePretty}). */
  public static ValidationResult validate(FlowJson flow) {
    return validate(FlowJsonMapper.writePretty(flow));
  }
}
