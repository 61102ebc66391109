package dev.flowkit.mock.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flowkit.mock.MockState;
import dev.flowkit.mock.phone.FlowMessageUnavailableException.Reason;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Every journey of {@link SimulatedPhoneTest} again with the phone of {@link SimulatedPhone#remote}: the platform
 * runs in this JVM, but the phone knows only its URL and talks to it over the control API on loopback, as a phone in
 * another process (the CLI against {@code flowkit serve}) does. Each call gets a new phone, as each run of the CLI
 * makes its own. Then what only a remote phone has: the 427 kept on the platform, and a platform that is not there.
 */
class RemotePhoneTest extends SimulatedPhoneTest {

  @Override
  SimulatedPhone phone() {
    return SimulatedPhone.remote(URI.create(whatsapp.baseUrl() + "/"), "+" + USER).withKeyRefetchPause(Duration.ZERO);
  }

  @Override
  @Test
  void a_427_closes_the_flow_and_disables_the_messages_button_on_the_users_phone() {
    String flowId = publishedBooking();
    String wamid = closedBy427(flowId);
    assertThat(phone().isButtonDisabled(wamid)).as("another remote phone of the user, as a second CLI run")
        .isTrue();
    FlowMessageUnavailableException refused = catchThrowableOfType(FlowMessageUnavailableException.class,
        () -> phone().open(wamid));
    assertThat(refused.reason()).isEqualTo(Reason.BUTTON_DISABLED);
    assertThat(refused.getMessage()).contains("427");
    assertThat(whatsapp.phone(USER).isButtonDisabled(wamid)).as("a phone in the JVM is another device")
        .isFalse();

    String fresh = sendBooking(flowId, "fresh-1");
    endpoint.answer(BookingEndpoint.router());
    assertThat(phone().isButtonDisabled(fresh)).isFalse();
    assertThat(phone().open(fresh).screen().id()).as("a new message opens").isEqualTo("PICK");
  }

  @Test
  void the_list_hands_out_no_secret_and_opening_marks_the_message_read() {
    String wamid = sendBooking(publishedBooking(), "list-1");

    assertThat(phone().flowMessages()).singleElement().satisfies(message -> {
      assertThat(message.wamid()).isEqualTo(wamid);
      assertThat(message.flow().flowToken()).isEqualTo("list-1");
      assertThat(message.appSecret()).isEmpty();
    });
    phone().open(wamid);
    String status = MockState.of(whatsapp).read(s -> s.messages().get(wamid).status());
    assertThat(status).isEqualTo("read");
  }

  @Test
  void a_platform_that_does_not_answer_or_is_not_flowkit_is_named_in_the_failure() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    URI nothing = URI.create("http://127.0.0.1:" + port);
    URI notFlowKit = URI.create(endpoint.url().toString().replace("/flow", "/elsewhere"));

    assertThatExceptionOfType(RemotePlatformException.class)
        .isThrownBy(() -> SimulatedPhone.remote(nothing, USER).flowMessages())
        .withMessageContaining("http://127.0.0.1:" + port).withMessageContaining("did not answer");
    assertThatExceptionOfType(RemotePlatformException.class)
        .isThrownBy(() -> SimulatedPhone.remote(notFlowKit, USER).openLatest())
        .withMessageContaining("is it a FlowKit mock platform?");
    assertThatIllegalArgumentException().isThrownBy(() -> SimulatedPhone.remote(URI.create("localhost"), USER))
        .withMessageContaining("absolute http or https URL");
    assertThatIllegalArgumentException().isThrownBy(() -> SimulatedPhone.remote(nothing, "abc"));
  }
}
