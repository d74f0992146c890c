package dev.eksdesk.kube.cni;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/** Fetches a pinned manifest and hands it over only when its SHA-256 is the pinned one. */
public final class PinnedDownload implements ManifestSource {
  private final PinnedManifest manifest;
  private final HttpClient http;

  public PinnedDownload(PinnedManifest manifest, HttpClient http) {
    this.manifest = manifest;
    this.http = http;
  }

  @Override
  public String read() throws IOException {
    String expected =
        manifest
            .sha256()
            .orElseThrow(
                () ->
                    new ChecksumMismatchException(
                        manifest.name()
                            + " "
                            + manifest.version()
                            + " has no pinned SHA-256, so Eksdesk will not apply it; pin the"
                            + " checksum of a verified copy first"));
    byte[] body = fetch();
    String actual = sha256(body);
    if (!actual.equals(expected)) {
      throw new ChecksumMismatchException(
          manifest.url()
              + " has SHA-256 "
              + actual
              + ", not the "
              + expected
              + " pinned for "
              + manifest.name()
              + " "
              + manifest.version()
              + ": the file is not the one Eksdesk checked, so it is not applied");
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  private byte[] fetch() throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(manifest.url()).timeout(Duration.ofSeconds(30)).GET().build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException(manifest.url() + " answered HTTP " + response.statusCode());
      }
      return response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + manifest.url(), e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
