package dev.flowkit.endpoint;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Mounts a {@link FlowEndpoint} in any Jakarta Servlet 6 container (Tomcat 10.1, Jetty 12, ...). The servlet API is
 * an optional dependency of FlowKit core: your container provides it.
 *
 * <pre>{@code
 * ServletRegistration.Dynamic flow = servletContext.addServlet("flow", new FlowEndpointServlet(endpoint));
 * flow.addMapping("/flow");
 * }</pre>
 *
 * Every method goes to the endpoint, so a GET gets the endpoint's 405 like with the other adapters. Bodies are
 * limited as by {@link JdkFlowEndpointHandler}. Thread-safe. Not meant to be serialized: the endpoint holds keys.
 */
public final class FlowEndpointServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient FlowEndpoint endpoint;

  /** A servlet for the endpoint. */
  public FlowEndpointServlet(FlowEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Map<String, String> headers = new HashMap<>();
    for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
      String name = names.nextElement();
      String value = request.getHeader(name);
      if (value != null) {
        headers.put(name, value);
      }
    }
    FlowHttpResponse answer = endpoint.handle(request.getMethod(), headers, request.getContentLengthLong(),
        request.getInputStream());
    byte[] bytes = answer.bodyBytes();
    response.setStatus(answer.status());
    response.setContentType(answer.contentType());
    answer.headers().forEach(response::setHeader);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  @Override
  public String toString() {
    return "FlowEndpointServlet[" + endpoint + "]";
  }
}
