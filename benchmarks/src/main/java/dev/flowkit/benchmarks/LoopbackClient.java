package dev.flowkit.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A minimal keep-alive HTTP/1.1 client on one plain loopback socket, standing in for Meta's proxy when a benchmark
 * needs the cheapest client there is (the JDK's own HTTP client costs more than the endpoint it calls): it writes
 * a prepared POST and reads a {@code 200} answer with a {@code Content-Length}. Not thread-safe.
 */
final class LoopbackClient implements Closeable {

  private final Socket socket;
  private final OutputStream out;
  private final DataInputStream in;

  LoopbackClient(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setTcpNoDelay(true);
    out = new BufferedOutputStream(socket.getOutputStream());
    in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
  }

  /** The bytes of a JSON POST to {@code path} with the given extra headers. */
  static byte[] post(String path, Map<String, String> headers, byte[] body) {
    StringBuilder head = new StringBuilder("POST ").append(path)
        .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] raw = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, raw, 0, headBytes.length);
    System.arraycopy(body, 0, raw, headBytes.length, body.length);
    return raw;
  }

  /**
   * Sends a request made by {@link #post} and returns the body of its answer.
   *
   * @throws IllegalStateException if the answer is not {@code 200}
   */
  String roundTrip(byte[] raw) throws IOException {
    out.write(raw);
    out.flush();
    String status = line();
    if (!status.startsWith("HTTP/1.1 200")) {
      throw new IllegalStateException(status);
    }
    int length = -1;
    for (String header = line(); !header.isEmpty(); header = line()) {
      if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(header.substring(15).strip());
      }
    }
    byte[] reply = new byte[length];
    in.readFully(reply);
    return new String(reply, StandardCharsets.US_ASCII);
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
