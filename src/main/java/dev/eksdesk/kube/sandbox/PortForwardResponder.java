package dev.eksdesk.kube.sandbox;

import io.fabric8.mockwebserver.http.ByteString;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The far end of a port forward to a Sandbox pod: a small HTTP server in place of the pod's
 * process. It speaks the API server's port-forward stream protocol (each frame starts with its
 * channel, 0 for data and 1 for errors; each channel first carries the port, two bytes little
 * endian), reads one HTTP request from the data channel and answers it with a line naming the pod
 * and the port, then closes the stream as a server closing its connection would.
 */
final class PortForwardResponder extends WebSocketListener {
  private static final byte DATA = 0;
  private static final byte ERROR = 1;

  private final String pod;
  private final int port;
  private final ByteArrayOutputStream request = new ByteArrayOutputStream();

  PortForwardResponder(String namespace, String pod, int port) {
    this.pod = namespace + "/" + pod;
    this.port = port;
  }

  @Override
  public void onOpen(WebSocket socket, Response response) {
    socket.send(new byte[] {DATA, (byte) (port & 0xff), (byte) (port >> 8)});
    socket.send(new byte[] {ERROR, (byte) (port & 0xff), (byte) (port >> 8)});
  }

  @Override
  public void onMessage(WebSocket socket, ByteString bytes) {
    onMessage(socket, bytes.toByteArray());
  }

  @Override
  public void onMessage(WebSocket socket, byte[] frame) {
    if (frame.length < 2 || frame[0] != DATA) {
      return;
    }
    boolean complete;
    synchronized (request) {
      request.write(frame, 1, frame.length - 1);
      complete = request.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n");
    }
    if (complete) {
      socket.send(withChannel(answer()));
      socket.close(1000, "response sent");
    }
  }

  private byte[] answer() {
    String firstLine;
    synchronized (request) {
      firstLine = request.toString(StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
    }
    byte[] body =
        ("Hello from pod " + pod + " on port " + port + " (" + firstLine + ")\n")
            .getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  private static byte[] withChannel(byte[] data) {
    byte[] frame = new byte[data.length + 1];
    frame[0] = DATA;
    System.arraycopy(data, 0, frame, 1, data.length);
    return frame;
  }
}
