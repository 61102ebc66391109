package dev.flowkit.mock.phone;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.net.ssl.SSLSocket;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Keeps the phone off keep-alive connections the endpoint closed while they sat in the pool.
 *
 * <p>OkHttp trusts a pooled connection idle for less than ten seconds without looking at it, and relies on
 * resending the request when such a connection turns out to be closed. The phone's bodies are one-shot (a phone
 * never sends a request twice), so that resend never happens: an endpoint stopped and started again on the same
 * port (a test restarting its app between scenarios) would see the next request fail with "unexpected end of
 * stream" although it is up. This network interceptor looks at a reused plain-HTTP connection that has been idle a
 * while before anything is written to it: when the peer has closed it, the socket is closed (so the pool drops it)
 * and {@link Stale} is thrown, which {@link #execute} answers by sending the request once more on a fresh
 * connection. Nothing was written, so the endpoint sees the request once.
 *
 * <p>The look is a read of at most one byte with a 1 ms timeout, so it is made only after {@value #IDLE_MILLIS} ms
 * of idleness (requests of one journey follow each other faster and pay nothing). A byte the endpoint sent
 * unasked also makes the connection unusable; TLS connections are left to OkHttp.
 */
final class StaleConnectionCheck implements Interceptor {

  /** The one instance every sending client carries, so one table of last uses serves every pool. */
  static final StaleConnectionCheck INSTANCE = new StaleConnectionCheck();

  static final long IDLE_MILLIS = 5;

  private final Map<Connection, Long> lastUsed = Collections.synchronizedMap(new WeakHashMap<>());

  private StaleConnectionCheck() {}

  /** The pooled connection was closed by the endpoint; nothing of the request was written. */
  static final class Stale extends IOException {
    private static final long serialVersionUID = 1L;

    Stale() {
      super("the pooled connection was closed by the endpoint while idle");
    }
  }

  /** {@code client} with this check, unless it already has it. */
  static OkHttpClient.Builder addTo(OkHttpClient.Builder client) {
    return client.networkInterceptors().contains(INSTANCE) ? client : client.addNetworkInterceptor(INSTANCE);
  }

  /** Runs {@code request}, once more on a fresh connection if the pooled one turned out closed. */
  static Response execute(OkHttpClient http, Request request) throws IOException {
    try {
      return http.newCall(request).execute();
    } catch (Stale stale) {
      return http.newCall(request).execute();
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Connection connection = chain.connection();
    if (connection != null) {
      Long last = lastUsed.get(connection);
      Socket socket = connection.socket();
      if (last != null && System.nanoTime() - last >= IDLE_MILLIS * 1_000_000L && !(socket instanceof SSLSocket)
          && closedByPeer(socket)) {
        socket.close();
        throw new Stale();
      }
    }
    try {
      return chain.proceed(chain.request());
    } finally {
      if (connection != null) {
        lastUsed.put(connection, System.nanoTime());
      }
    }
  }

  private static boolean closedByPeer(Socket socket) {
    try {
      int timeout = socket.getSoTimeout();
      socket.setSoTimeout(1);
      try {
        InputStream in = socket.getInputStream();
        in.read();
        return true;
      } finally {
        if (!socket.isClosed()) {
          socket.setSoTimeout(timeout);
        }
      }
    } catch (SocketTimeoutException idle) {
      return false;
    } catch (IOException broken) {
      return true;
    }
  }
}
