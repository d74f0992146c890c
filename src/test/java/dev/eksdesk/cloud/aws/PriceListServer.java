package dev.eksdesk.cloud.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The AWS Price List API as a local endpoint (moto has no pricing service): GetProducts answers a
 * recorded response, or a refusal; STS's GetCallerIdentity answers too, so the CLI can open an
 * account on it. Keeps every GetProducts request body.
 */
public final class PriceListServer implements AutoCloseable {
  /** Access denied as AWS words it for a user without pricing:GetProducts. */
  public static final String ACCESS_DENIED =
      "{\"__type\":\"AccessDeniedException\",\"Message\":\"User:"
          + " arn:aws:iam::123456789012:user/ana is not authorized to perform:"
          + " pricing:GetProducts because no identity-based policy allows the"
          + " pricing:GetProducts action\"}";

  private static final String CALLER_IDENTITY =
      "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
          + "<GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/ana</Arn>"
          + "<UserId>AIDATEST</UserId><Account>123456789012</Account></GetCallerIdentityResult>"
          + "<ResponseMetadata><RequestId>1</RequestId></ResponseMetadata>"
          + "</GetCallerIdentityResponse>";

  private final HttpServer server;
  private final List<String> productRequests = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String body;

  /** Answers GetProducts with the recorded response in {@code resource} (beside this class). */
  public static PriceListServer answering(String resource) {
    try (InputStream in = PriceListServer.class.getResourceAsStream(resource)) {
      return new PriceListServer(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PriceListServer(String body) throws IOException {
    this.body = body;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  /** From now on GetProducts is refused with this status and JSON error. */
  public void refuse(int status, String error) {
    this.status = status;
    this.body = error;
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The JSON bodies of the GetProducts requests received so far. */
  public List<String> productRequests() {
    return List.copyOf(productRequests);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    if (request.contains("Action=GetCallerIdentity")) {
      send(exchange, 200, "text/xml", CALLER_IDENTITY);
    } else if ("AWSPriceListService.GetProducts".equals(target)) {
      productRequests.add(request);
      send(exchange, status, "application/x-amz-json-1.1", body);
    } else {
      send(exchange, 400, "application/x-amz-json-1.1", "{\"__type\":\"UnknownOperation\"}");
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String text)
      throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
