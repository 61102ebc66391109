package dev.flowkit.examples.finishsignup;

import static dev.flowkit.json.Payload.of;
import static dev.flowkit.json.Ref.form;

import dev.flowkit.json.Action;
import dev.flowkit.json.FlowJson;
import dev.flowkit.json.Footer;
import dev.flowkit.json.Form;
import dev.flowkit.json.Screen;
import dev.flowkit.json.TextInput;

/**
 * The seed guide's static flow: one terminal screen, {@value #SIGN_UP} ("Finish Sign Up"), whose form asks for a
 * first name, a last name and an email address, all required, and whose Footer "Done" completes the flow with the
 * three. It has no endpoint (no {@code data_api_version}, no routing model): the phone checks the input itself and
 * the answers reach the business only in the completion webhook.
 */
public final class FinishSignUpFlow {

  /** The only screen, which the navigate flow message opens. */
  public static final String SIGN_UP = "SIGN_UP";

  private FinishSignUpFlow() {}

  /** The flow, built with FlowKit's builder (Flow JSON version {@value FlowJson#LATEST_VERSION}). */
  public static FlowJson flowJson() {
    return FlowJson.builder()
        .screens(Screen.builder(SIGN_UP)
            .title("Finish Sign Up")
            .terminal(true)
            .layout(Form.builder("form",
                    TextInput.builder("first_name", "First Name").inputType("text").required(true).build(),
                    TextInput.builder("last_name", "Last Name").inputType("text").required(true).build(),
                    TextInput.builder("email", "Email Address").inputType("email").required(true).build(),
                    Footer.builder("Done", Action.complete(of(
                        "first_name", form("first_name"), "last_name", form("last_name"), "email", form("email"))))
                        .build())
                .build())
            .build())
        .build();
  }
}
