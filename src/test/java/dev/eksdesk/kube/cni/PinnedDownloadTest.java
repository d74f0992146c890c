package dev.eksdesk.kube.cni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PinnedDownloadTest {
  private static final String BODY = "apiVersion: v1\nkind: ConfigMap\n";

  private HttpServer server;
  private URI url;

  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/calico.yaml",
        exchange -> {
          byte[] bytes = BODY.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/calico.yaml");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void theManifestIsHandedOverWhenItsChecksumIsThePinnedOne() throws Exception {
    String sha = PinnedDownload.sha256(BODY.getBytes(StandardCharsets.UTF_8));
    var download =
        new PinnedDownload(
            new PinnedManifest("calico.yaml", "v0", url, Optional.of(sha)),
            HttpClient.newHttpClient());

    assertThat(download.read()).isEqualTo(BODY);
  }

  @Test
  void anyOtherChecksumIsRefused() {
    var download =
        new PinnedDownload(
            new PinnedManifest("calico.yaml", "v0", url, Optional.of("0".repeat(64))),
            HttpClient.newHttpClient());

    assertThatThrownBy(download::read)
        .isInstanceOf(ChecksumMismatchException.class)
        .hasMessageContaining("not the " + "0".repeat(64) + " pinned for calico.yaml v0");
  }

  @Test
  void aManifestWithoutPinnedChecksumIsNeverApplied() {
    var download =
        new PinnedDownload(
            new PinnedManifest("calico.yaml", "v0", url, Optional.empty()),
            HttpClient.newHttpClient());

    assertThatThrownBy(download::read)
        .isInstanceOf(ChecksumMismatchException.class)
        .hasMessageContaining("no pinned SHA-256");
  }
}
