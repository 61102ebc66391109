package dev.flowkit.json;

import static dev.flowkit.json.Payload.of;
import static dev.flowkit.json.Ref.data;
import static dev.flowkit.json.Ref.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The flows of the seed guide, written with the Java builders, serialise to the JSON the guide shows. */
class SeedGuideBuilderTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @Test
  void the_static_sign_up_flow() throws IOException {
    FlowJson staticFlow = FlowJson.builder()
        .version("3.0")
        .screens(Screen.builder("SIGN_UP")
            .title("Finish Sign Up")
            .terminal(true)
            .layout(Form.builder("form",
                TextInput.builder("first_name", "First Name").inputType("text").required(true).build(),
                TextInput.builder("last_name", "Last Name").inputType("text").required(true).build(),
                TextInput.builder("email", "Email Address").inputType("email").required(true).build(),
                Footer.builder("Done", Action.complete(of(
                        "first_name", form("first_name"),
                        "last_name", form("last_name"),
                        "email", form("email"))))
                    .enabled(true)
                    .build())
                .build())
            .build())
        .build();

    assertThat(tree(staticFlow)).isEqualTo(expected("static_sign_up.json"));
  }

  @Test
  void the_dynamic_sign_up_flow() throws IOException {
    FlowJson dynamicFlow = FlowJson.builder()
        .version("3.0")
        .dataApiVersion("3.0")
        .routingModel()
        .screens(Screen.builder("SIGN_UP")
            .title("Finish Sign Up")
            .terminal(true)
            .data(DataModel.builder()
                .string("first_name_helper_text", "Enter your first name")
                .bool("is_last_name_required", true)
                .bool("is_email_enabled", false)
                .build())
            .layout(Form.builder("form",
                TextInput.builder("first_name", "First Name").inputType("text").required(true)
                    .helperText(data("first_name_helper_text")).build(),
                TextInput.builder("last_name", "Last Name").inputType("text")
                    .required(data("is_last_name_required")).build(),
                TextInput.builder("email", "Email Address").inputType("email")
                    .enabled(data("is_email_enabled")).build(),
                Footer.builder("Done", Action.complete(of(
                    "first_name", form("first_name"),
                    "last_name", form("last_name"),
                    "email", form("email")))).build())
                .build())
            .build())
        .build();

    assertThat(tree(dynamicFlow)).isEqualTo(expected("dynamic_sign_up.json"));
  }

  @Test
  void the_sign_up_and_login_flow() throws IOException {
    FlowJson signUpFlow = FlowJson.builder()
        .dataApiVersion("3.0")
        .route("START", "SIGN_UP", "LOGIN")
        .route("SIGN_UP", "LOGIN")
        .route("LOGIN", "LOGIN_SUCCESS")
        .route("LOGIN_SUCCESS")
        .screens(
            Screen.builder("START")
                .title("Home")
                .layout(
                    TextHeading.of("Welcome to our app"),
                    EmbeddedLink.builder("Click here to sign up", Action.navigate("SIGN_UP", of(
                        "first_name_initial_value", "",
                        "last_name_initial_value", "",
                        "email_initial_value", "",
                        "password_initial_value", "",
                        "confirm_password_initial_value", ""))).build(),
                    EmbeddedLink.builder("Click here to login", Action.navigate("LOGIN", of(
                        "email_initial_value", "",
                        "password_initial_value", ""))).build())
                .build(),
            Screen.builder("SIGN_UP")
                .title("Sign Up")
                .data(DataModel.builder()
                    .string("first_name_initial_value", "John")
                    .string("last_name_initial_value", "Doe")
                    .string("email_initial_value", "john@gmail.com")
                    .string("password_initial_value", "abc123")
                    .string("confirm_password_initial_value", "abc123")
                    .build())
                .layout(
                    TextHeading.of("Please enter your details"),
                    Form.builder("form",
                        EmbeddedLink.builder("Already have an account?", Action.navigate("LOGIN", of(
                            "email_initial_value", form("email"),
                            "password_initial_value", form("password")))).build(),
                        TextInput.builder("first_name", "First Name").inputType("text").required(true).build(),
                        TextInput.builder("last_name", "Last Name").inputType("text").required(true).build(),
                        TextInput.builder("email", "Email Address").inputType("email").required(true).build(),
                        TextInput.builder("password", "Password").inputType("password").minChars(8).maxChars(16)
                            .helperText("Password must contain at least one number").required(true).build(),
                        TextInput.builder("confirm_password", "Confirm Password").inputType("password")
                            .minChars(8).maxChars(16).required(true).build(),
                        Footer.builder("Done", Action.dataExchange(of(
                            "first_name", form("first_name"),
                            "last_name", form("last_name"),
                            "email", form("email"),
                            "password", form("password"),
                            "confirm_password", form("confirm_password")))).build())
                        .initValues(of(
                            "first_name", data("first_name_initial_value"),
                            "last_name", data("last_name_initial_value"),
                            "email", data("email_initial_value"),
                            "password", data("password_initial_value"),
                            "confirm_password", data("confirm_password_initial_value")))
                        .build())
                .build(),
            Screen.builder("LOGIN")
                .title("Login")
                .terminal(true)
                .data(DataModel.builder()
                    .string("email_initial_value", "john@gmail.com")
                    .string("password_initial_value", "abc123")
                    .build())
                .layout(
                    TextHeading.of("Please enter your details"),
                    Form.builder("form",
                        EmbeddedLink.builder("Don't have an account?", Action.navigate("SIGN_UP", of(
                            "email_initial_value", form("email"),
                            "password_initial_value", form("password"),
                            "confirm_password_initial_value", "",
                            "first_name_initial_value", "",
                            "last_name_initial_value", ""))).build(),
                        TextInput.builder("email", "Email Address").inputType("email").required(true).build(),
                        TextInput.builder("password", "Password").inputType("password").required(true).build(),
                        Footer.builder("Done", Action.dataExchange(of(
                            "email", form("email"),
                            "password", form("password")))).build())
                        .initValues(of(
                            "email", data("email_initial_value"),
                            "password", data("password_initial_value")))
                        .build())
                .build(),
            Screen.builder("LOGIN_SUCCESS")
                .title("Success")
                .terminal(true)
                .layout(
                    TextHeading.of("Welcome to our app"),
                    TextSubheading.of("You are now logged in"),
                    Form.builder("form",
                        OptIn.builder("stay_logged_in", "Stay logged in").build(),
                        Footer.builder("Done", Action.complete(of(
                            "stay_logged_in", form("stay_logged_in")))).build())
                        .build())
                .build())
        .build();

    assertThat(tree(signUpFlow)).isEqualTo(expected("sign_up_login.json"));
    // And back: reading the JSON gives the same model the builders made.
    assertThat(FlowJsonMapper.read(PLAIN.writeValueAsString(expected("sign_up_login.json")))).isEqualTo(signUpFlow);
  }

  @Test
  void references_and_payloads_write_what_flow_json_expects() {
    assertThat(Ref.data("user", "address", "city").expression()).isEqualTo("${data.user.address.city}");
    assertThat(Ref.screen("LOGIN").form("email").expression()).isEqualTo("${screen.LOGIN.form.email}");
    assertThat(Payload.of("a", 1, "b", true, "c", java.util.List.of("x", Ref.form("y"))).toString())
        .isEqualTo("{a=1, b=true, c=[\"x\",\"${form.y}\"]}");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Payload.of("a"))
        .withMessageContaining("odd number");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Payload.of("a", new Object()))
        .withMessageContaining("no JSON form");
  }

  private static JsonNode tree(FlowJson flow) {
    return PLAIN.readTree(FlowJsonMapper.write(flow));
  }

  private static JsonNode expected(String name) throws IOException {
    try (InputStream in = SeedGuideBuilderTest.class.getResourceAsStream("/seed-guide/" + name)) {
      return PLAIN.readTree(in);
    }
  }
}
