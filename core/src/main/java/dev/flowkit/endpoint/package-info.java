/**
 * The flow data endpoint: WhatsApp's encrypted requests in, your handler's answers out.
 *
 * <pre>{@code
 * FlowEndpoint endpoint = FlowEndpoint.builder()
 *     .privateKey(privateKey)                       // 421 when a request was not encrypted for it
 *     .appSecret(AppSecret.of(secret))              // 432 when X-Hub-Signature-256 does not match
 *     .handler(FlowRouter.builder()
 *         .init(request -> FlowResponse.next("PICK_SLOT", Map.of("slots", slots())))
 *         .dataExchange("PICK_SLOT", request -> FlowResponse.close(request.requireFlowToken(), Map.of("slot", "09:30")))
 *         .build())
 *     .build();
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.createContext("/flow", new JdkFlowEndpointHandler(endpoint));
 * }</pre>
 *
 * <p>{@link dev.flowkit.endpoint.FlowEndpoint} is transport-agnostic ({@link dev.flowkit.endpoint.FlowHttpRequest}
 * in, {@link dev.flowkit.endpoint.FlowHttpResponse} out); {@link dev.flowkit.endpoint.JdkFlowEndpointHandler}
 * mounts it on the JDK's own HTTP server. Pings and error notifications are answered without reaching the handler.
 */
@NullMarked
package dev.flowkit.endpoint;

import org.jspecify.annotations.NullMarked;
