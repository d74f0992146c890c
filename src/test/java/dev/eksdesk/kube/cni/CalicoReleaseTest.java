package dev.eksdesk.kube.cni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pinned Calico manifest: the genuine v3.29.3 file (kept gzipped in the test resources) passes
 * the pin, a copy with one byte changed is refused with the reason.
 */
class CalicoReleaseTest {
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void theGenuineReleaseFileMatchesThePin() throws Exception {
    byte[] genuine = genuine();

    assertThat(CalicoRelease.MANIFEST_SHA256).hasValue(PinnedDownload.sha256(genuine));
    assertThat(download(genuine).read()).contains("name: calico-node").contains("vxlan");
  }

  @Test
  void aTamperedCopyIsRefusedSayingWhy() throws Exception {
    byte[] tampered = genuine();
    tampered[tampered.length / 2] ^= 1;

    assertThatThrownBy(() -> download(tampered).read())
        .isInstanceOf(ChecksumMismatchException.class)
        .hasMessageContaining("not the " + CalicoRelease.MANIFEST_SHA256.orElseThrow())
        .hasMessageContaining("pinned for calico-vxlan.yaml v3.29.3")
        .hasMessageContaining("not applied");
  }

  @Test
  void thePinNamesTheReleaseFileOnGitHub() {
    assertThat(CalicoRelease.MANIFEST.url())
        .hasToString(
            "https://raw.githubusercontent.com/projectcalico/calico/v3.29.3/manifests/calico-vxlan.yaml");
  }

  /** The pinned manifest as if served from its URL, here from loopback with the given bytes. */
  private PinnedDownload download(byte[] served) throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/calico-vxlan.yaml",
        exchange -> {
          exchange.sendResponseHeaders(200, served.length);
          exchange.getResponseBody().write(served);
          exchange.close();
        });
    server.start();
    PinnedManifest pinned = CalicoRelease.MANIFEST;
    URI local =
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/calico-vxlan.yaml");
    return new PinnedDownload(
        new PinnedManifest(pinned.name(), pinned.version(), local, pinned.sha256()),
        HttpClient.newHttpClient());
  }

  private static byte[] genuine() throws Exception {
    try (InputStream in =
        new GZIPInputStream(
            CalicoReleaseTest.class.getResourceAsStream("calico-vxlan-v3.29.3.yaml.gz"))) {
      return in.readAllBytes();
    }
  }
}
