package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

class EksTokenGeneratorTest {

  private static final Instant SIGNED_AT = Instant.parse("2024-01-02T03:04:05Z");
  private static final Clock CLOCK = Clock.fixed(SIGNED_AT, ZoneOffset.UTC);

  private final EksTokenGenerator generator =
      new EksTokenGenerator(
          StaticCredentialsProvider.create(
              AwsBasicCredentials.create(
                  "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")),
          Region.EU_WEST_1,
          CLOCK);

  private static URI decode(EksToken token) {
    assertThat(token.value()).startsWith("k8s-aws-v1.").doesNotContain("=", "+", "/");
    byte[] url = Base64.getUrlDecoder().decode(token.value().substring("k8s-aws-v1.".length()));
    return URI.create(new String(url, StandardCharsets.UTF_8));
  }

  private static Map<String, String> query(URI uri) {
    return Arrays.stream(uri.getRawQuery().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
  }

  @Test
  void isAPresignedGetCallerIdentityUrlBoundToTheCluster() {
    URI url = decode(generator.tokenFor("shop"));

    assertThat(url.getScheme()).isEqualTo("https");
    assertThat(url.getHost()).isEqualTo("sts.eu-west-1.amazonaws.com");
    assertThat(url.getPath()).isEqualTo("/");
    assertThat(query(url))
        .containsEntry("Action", "GetCallerIdentity")
        .containsEntry("Version", "2011-06-15")
        .containsEntry("X-Amz-Algorithm", "AWS4-HMAC-SHA256")
        .containsEntry("X-Amz-Expires", "60")
        .containsEntry("X-Amz-Date", "20240102T030405Z")
        .containsEntry("X-Amz-Credential", "AKIDEXAMPLE/20240102/eu-west-1/sts/aws4_request")
        .containsEntry("X-Amz-SignedHeaders", "host;x-k8s-aws-id")
        .doesNotContainKey("X-Amz-Security-Token");
    assertThat(query(url).get("X-Amz-Signature")).matches("[0-9a-f]{64}");
  }

  /**
   * The URL botocore presigns (what {@code aws eks get-token} runs, header added before signing)
   * for the same keys, region, cluster and a clock fixed at the same instant. Only the order of the
   * query parameters differs, which the signature does not depend on.
   */
  @Test
  void urlIsTheOneTheAwsCliSigns() {
    URI ours = decode(generator.tokenFor("shop"));
    URI cli = URI.create(AWS_CLI_URL);

    assertThat(ours.getHost()).isEqualTo(cli.getHost());
    assertThat(query(ours)).isEqualTo(query(cli));
  }

  @Test
  void theClusterNameIsSigned() {
    String shop = query(decode(generator.tokenFor("shop"))).get("X-Amz-Signature");
    String blog = query(decode(generator.tokenFor("blog"))).get("X-Amz-Signature");

    assertThat(shop).isNotEqualTo(blog);
  }

  @Test
  void sessionCredentialsAddTheirToken() {
    EksTokenGenerator withSession =
        new EksTokenGenerator(
            StaticCredentialsProvider.create(
                AwsSessionCredentials.create("ASIAEXAMPLE", "secret", "session-token")),
            Region.CN_NORTH_1,
            CLOCK);

    URI url = decode(withSession.tokenFor("shop"));

    assertThat(url.getHost()).isEqualTo("sts.cn-north-1.amazonaws.com.cn");
    assertThat(query(url)).containsEntry("X-Amz-Security-Token", "session-token");
  }

  @Test
  void expiresBeforeEksStopsAcceptingIt() {
    EksToken token = generator.tokenFor("shop");

    assertThat(token.expiresAt()).isEqualTo(SIGNED_AT.plusSeconds(14 * 60));
    assertThat(token.toString()).doesNotContain(token.value());
  }

  private static final String AWS_CLI_URL =
      "https://sts.eu-west-1.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15"
          + "&X-Amz-Algorithm=AWS4-HMAC-SHA256"
          + "&X-Amz-Credential=AKIDEXAMPLE%2F20240102%2Feu-west-1%2Fsts%2Faws4_request"
          + "&X-Amz-Date=20240102T030405Z&X-Amz-Expires=60"
          + "&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id"
          + "&X-Amz-Signature=5a55a99d23d4ee173f1d56eb1a0f4c61c2795d1d969070c2f80fe11a446f5d54";
}
