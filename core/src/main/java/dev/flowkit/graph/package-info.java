/**
 * A client for the Graph API calls a WhatsApp Flows business makes: the Flows API, the business public key,
 * sending flow, text and template messages (spec/platform.md sections 1 to 4) and setting where webhooks go
 * (section 6.1).
 *
 * <pre>{@code
 * GraphApiClient graph = GraphApiClient.builder().accessToken(token).build();
 * CreatedFlow created = graph.createFlow(wabaId, CreateFlowRequest.builder("lead form", FlowCategory.SIGN_UP).build());
 * graph.uploadFlowJson(created.id(), flowJson).requireValid();      // FlowValidationException with Meta's errors
 * graph.publish(created.id());
 * graph.sendFlowMessage(phoneNumberId, FlowMessage.builder("447700900123", "Sign up").flowId(created.id())
 *     .body("Create your account").build());
 * }</pre>
 *
 * <p>Every failed call throws a {@link dev.flowkit.graph.GraphException}: a {@link dev.flowkit.graph.GraphApiException}
 * carrying Graph's error envelope (code, subcode, type, messages, fbtrace id), a
 * {@link dev.flowkit.graph.FlowApiException} for the Flows API's own codes, a
 * {@link dev.flowkit.graph.GraphAuthException} for a refused access token, a
 * {@link dev.flowkit.graph.GraphRateLimitException} for a reached rate limit, a
 * {@link dev.flowkit.graph.CallbackVerificationException} for a callback URL that failed the verification
 * handshake, a {@link dev.flowkit.graph.FlowValidationException} for Flow JSON with validation errors, or a
 * {@link dev.flowkit.graph.GraphTransportException} when no Graph answer was read. No message, log line or
 * {@code toString()} of this package contains the access token.
 */
@NullMarked
package dev.flowkit.graph;

import org.jspecify.annotations.NullMarked;
