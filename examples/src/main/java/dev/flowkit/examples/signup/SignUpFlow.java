package dev.flowkit.examples.signup;

import static dev.flowkit.json.Payload.of;
import static dev.flowkit.json.Ref.data;
import static dev.flowkit.json.Ref.form;

import dev.flowkit.json.Action;
import dev.flowkit.json.DataModel;
import dev.flowkit.json.EmbeddedLink;
import dev.flowkit.json.FlowJson;
import dev.flowkit.json.Footer;
import dev.flowkit.json.Form;
import dev.flowkit.json.OptIn;
import dev.flowkit.json.Screen;
import dev.flowkit.json.TextHeading;
import dev.flowkit.json.TextInput;
import dev.flowkit.json.TextSubheading;

/**
 * The sign-up / login Flow JSON: START offers SIGN_UP and LOGIN, SIGN_UP and LOGIN exchange data with the
 * endpoint, and LOGIN_SUCCESS completes with whether the user stays logged in. The password fields are
 * {@code sensitive}: WhatsApp masks them in the chat's response summary, and FlowKit in every transcript it prints.
 */
public final class SignUpFlow {

  /** The first screen, opened with a navigate flow message. */
  public static final String START = "START";

  private SignUpFlow() {}

  /** The flow, built with FlowKit's builder. */
  public static FlowJson flowJson() {
    return FlowJson.builder()
        .dataApiVersion("3.0")
        .routingModel()
        .route(START, "SIGN_UP", "LOGIN")
        .route("SIGN_UP", "LOGIN")
        .route("LOGIN", "LOGIN_SUCCESS")
        .route("LOGIN_SUCCESS")
        .screens(start(), signUp(), login(), loginSuccess())
        .build();
  }

  private static Screen start() {
    return Screen.builder(START)
        .title("Home")
        .layout(TextHeading.of("Welcome to our app"),
            EmbeddedLink.builder("Click here to sign up", Action.navigate("SIGN_UP", of(
                "first_name_initial_value", "", "last_name_initial_value", "", "email_initial_value", "",
                "password_initial_value", "", "confirm_password_initial_value", ""))).build(),
            EmbeddedLink.builder("Click here to login", Action.navigate("LOGIN", of(
                "email_initial_value", "", "password_initial_value", ""))).build())
        .build();
  }

  private static Screen signUp() {
    return Screen.builder("SIGN_UP")
        .title("Sign Up")
        .sensitive("password", "confirm_password")
        .data(DataModel.builder()
            .string("first_name_initial_value", "John")
            .string("last_name_initial_value", "Doe")
            .string("email_initial_value", "john@example.com")
            .string("password_initial_value", "abc12345")
            .string("confirm_password_initial_value", "abc12345")
            .build())
        .layout(TextHeading.of("Please enter your details"),
            Form.builder("form",
                    EmbeddedLink.builder("Already have an account?", Action.navigate("LOGIN", of(
                        "email_initial_value", form("email"), "password_initial_value", form("password")))).build(),
                    TextInput.builder("first_name", "First Name").inputType("text").required(true).build(),
                    TextInput.builder("last_name", "Last Name").inputType("text").required(true).build(),
                    TextInput.builder("email", "Email Address").inputType("email").required(true).build(),
                    TextInput.builder("password", "Password").inputType("password").minChars(8).maxChars(16)
                        .helperText("Password must contain at least one number").required(true).build(),
                    TextInput.builder("confirm_password", "Confirm Password").inputType("password").minChars(8)
                        .maxChars(16).required(true).build(),
                    Footer.builder("Done", Action.dataExchange(of(
                        "first_name", form("first_name"), "last_name", form("last_name"), "email", form("email"),
                        "password", form("password"), "confirm_password", form("confirm_password")))).build())
                .initValues(of(
                    "first_name", data("first_name_initial_value"), "last_name", data("last_name_initial_value"),
                    "email", data("email_initial_value"), "password", data("password_initial_value"),
                    "confirm_password", data("confirm_password_initial_value")))
                .build())
        .build();
  }

  private static Screen login() {
    return Screen.builder("LOGIN")
        .title("Login")
        .terminal(true)
        .sensitive("password")
        .data(DataModel.builder()
            .string("email_initial_value", "john@example.com")
            .string("password_initial_value", "abc12345")
            .build())
        .layout(TextHeading.of("Please enter your details"),
            Form.builder("form",
                    TextInput.builder("email", "Email Address").inputType("email").required(true).build(),
                    TextInput.builder("password", "Password").inputType("password").required(true).build(),
                    Footer.builder("Done", Action.dataExchange(of(
                        "email", form("email"), "password", form("password")))).build())
                .initValues(of("email", data("email_initial_value"), "password", data("password_initial_value")))
                .build())
        .build();
  }

  private static Screen loginSuccess() {
    return Screen.builder("LOGIN_SUCCESS")
        .title("Success")
        .terminal(true)
        .layout(TextHeading.of("Welcome to our app"),
            TextSubheading.of("You are now logged in"),
            Form.builder("form",
                    OptIn.builder("stay_logged_in", "Stay logged in").build(),
                    Footer.builder("Done", Action.complete(of("stay_logged_in", form("stay_logged_in")))).build())
                .build())
        .build();
  }
}
