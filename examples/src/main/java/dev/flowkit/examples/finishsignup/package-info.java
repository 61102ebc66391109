/**
 * The static (navigate-only) example, the simplest case: the seed guide's one-screen "Finish Sign Up" flow
 * ({@link dev.flowkit.examples.finishsignup.FinishSignUpFlow}), sent with a navigate flow message that opens
 * SIGN_UP. There is no flow endpoint and no business key: the phone checks the three required fields itself (the
 * email must look like one) and the answers reach the business only in the signed completion webhook, which
 * {@link dev.flowkit.examples.finishsignup.FinishSignUpApp} receives at {@code /webhook} and matches to the flow
 * token it issued.
 *
 * <p>By default the flow stays a draft and goes out in draft mode, as the guide sends it; {@code
 * whatsapp.publish=true} publishes it first and sends it in published mode.
 *
 * <p>Its tests ({@code FinishSignUpAppTest}, {@code FinishSignUpAppStartUpTest}) run the app against the mock
 * platform of {@code @WhatsAppFlowTest} and walk the flow on a simulated phone:
 *
 * <pre>{@code
 * ./mvnw -B -ntp -pl examples -am verify -Dtest='FinishSignUp*' -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 *
 * <p>To run it, start the mock platform with the app's webhook as its callback ({@code java -jar
 * cli/target/flowkit.jar serve --app-secret demo-secret --access-token demo-token --callback-url
 * http://127.0.0.1:8081/webhook}), then, with the ids it prints:
 *
 * <pre>{@code
 * ./mvnw -q -B -pl examples dependency:build-classpath -Dmdep.outputFile=cp.txt
 * WHATSAPP_GRAPH_BASE_URL=http://127.0.0.1:8080 WHATSAPP_GRAPH_ACCESS_TOKEN=demo-token \
 * WHATSAPP_WABA_ID=... WHATSAPP_PHONE_NUMBER_ID=... WHATSAPP_VERIFY_TOKEN=... \
 * WHATSAPP_APP_SECRET=demo-secret WHATSAPP_RECIPIENT=447700900123 \
 * java -cp examples/target/classes:$(cat examples/cp.txt) dev.flowkit.examples.finishsignup.FinishSignUpApp
 * }</pre>
 *
 * <p>It prints the flow id, the mode and the message id, and what to do next; {@code curl
 * 'http://127.0.0.1:8080/_flowkit/users/447700900123/flow_messages'} shows the message the user received.
 * Against Meta's platform, leave {@code WHATSAPP_GRAPH_BASE_URL} unset, give your own token, ids, app secret and
 * verify token, and make port 8081 reachable at the callback URL of your app; the recipient opens the message in
 * WhatsApp, and each sign-up is printed when its completion arrives.
 */
@NullMarked
package dev.flowkit.examples.finishsignup;

import org.jspecify.annotations.NullMarked;
