package dev.flowkit.endpoint;

import com.sun.net.httpserver.HttpServer;
import io.undertow.Undertow;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/** Each adapter, mounted at {@code /flow} on a real server at a random loopback port. */
final class LoopbackServers {

  /** A running server and how to stop it. */
  record Server(URI uri, Runnable stop) implements AutoCloseable {
    @Override
    public void close() {
      stop.run();
    }
  }

  private LoopbackServers() {}

  static Server jdk(FlowEndpoint endpoint) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ExecutorService executor = Executors.newFixedThreadPool(2);
    server.createContext("/flow", new JdkFlowEndpointHandler(endpoint));
    server.setExecutor(executor);
    server.start();
    return new Server(uri(server.getAddress().getPort()), () -> {
      server.stop(0);
      executor.shutdownNow();
    });
  }

  static Server undertow(FlowEndpoint endpoint) {
    Undertow server = Undertow.builder().addHttpListener(0, "127.0.0.1").setIoThreads(1).setWorkerThreads(2)
        .setHandler(io.undertow.Handlers.path().addExactPath("/flow", new UndertowFlowEndpointHandler(endpoint)))
        .build();
    server.start();
    return new Server(uri(((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort()), server::stop);
  }

  static Server servlet(FlowEndpoint endpoint) {
    try {
      File base = Files.createTempDirectory("flowkit-tomcat").toFile();
      Tomcat tomcat = new Tomcat();
      tomcat.setBaseDir(base.getAbsolutePath());
      Connector connector = new Connector();
      connector.setPort(0);
      connector.setProperty("address", "127.0.0.1");
      tomcat.setConnector(connector);
      Context context = tomcat.addContext("", base.getAbsolutePath());
      Tomcat.addServlet(context, "flow", new FlowEndpointServlet(endpoint));
      context.addServletMappingDecoded("/flow", "flow");
      tomcat.start();
      return new Server(uri(connector.getLocalPort()), () -> {
        try {
          tomcat.stop();
          tomcat.destroy();
        } catch (LifecycleException e) {
          throw new IllegalStateException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (LifecycleException e) {
      throw new IllegalStateException(e);
    }
  }

  private static URI uri(int port) {
    return URI.create("http://127.0.0.1:" + port + "/flow");
  }
}
