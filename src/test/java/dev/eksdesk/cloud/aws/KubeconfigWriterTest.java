package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.eksdesk.cloud.KubeconfigEntry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigWriterTest {

  private static final String ARN = "arn:aws:eks:eu-west-1:123456789012:cluster/shop";
  private static final KubeconfigEntry SHOP =
      new KubeconfigEntry(
          "shop",
          ARN,
          "https://ABC.gr7.eu-west-1.eks.amazonaws.com",
          "LS0tLS1CRUdJTg==",
          "eu-west-1",
          Optional.of("work"));

  @TempDir Path home;

  private Path kubeconfig() {
    return KubeconfigWriter.defaultLocation(Map.of(), home);
  }

  private JsonNode written() throws Exception {
    return new YAMLMapper().readTree(kubeconfig().toFile());
  }

  private static JsonNode named(JsonNode list, String name) {
    for (JsonNode item : list) {
      if (name.equals(item.path("name").asText())) {
        return item;
      }
    }
    throw new AssertionError("no entry named " + name + " in " + list);
  }

  @Test
  void writesAnEntryLikeTheAwsCliIntoANewPrivateFile() throws Exception {
    new KubeconfigWriter(kubeconfig()).write(SHOP);

    JsonNode config = written();
    assertThat(config.path("current-context").asText()).isEqualTo(ARN);
    JsonNode cluster = named(config.path("clusters"), ARN).path("cluster");
    assertThat(cluster.path("server").asText())
        .isEqualTo("https://ABC.gr7.eu-west-1.eks.amazonaws.com");
    assertThat(cluster.path("certificate-authority-data").asText()).isEqualTo("LS0tLS1CRUdJTg==");
    JsonNode context = named(config.path("contexts"), ARN).path("context");
    assertThat(context.path("cluster").asText()).isEqualTo(ARN);
    assertThat(context.path("user").asText()).isEqualTo(ARN);
    JsonNode exec = named(config.path("users"), ARN).path("user").path("exec");
    assertThat(exec.path("command").asText()).isEqualTo("aws");
    assertThat(exec.path("apiVersion").asText()).isEqualTo("client.authentication.k8s.io/v1beta1");
    assertThat(new YAMLMapper().convertValue(exec.path("args"), String[].class))
        .containsExactly(
            "--region",
            "eu-west-1",
            "eks",
            "get-token",
            "--cluster-name",
            "shop",
            "--output",
            "json");
    assertThat(exec.path("env").get(0).path("name").asText()).isEqualTo("AWS_PROFILE");
    assertThat(exec.path("env").get(0).path("value").asText()).isEqualTo("work");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kubeconfig())))
        .isEqualTo("rw-------");
  }

  @Test
  void keepsOtherEntriesAndUnknownFields() throws Exception {
    Files.createDirectories(kubeconfig().getParent());
    try (InputStream in = getClass().getResourceAsStream("kube/existing-config.yaml")) {
      Files.copy(in, kubeconfig());
    }

    new KubeconfigWriter(kubeconfig()).write(SHOP);

    JsonNode config = written();
    assertThat(config.path("clusters")).hasSize(2);
    assertThat(
            named(config.path("clusters"), "kind-dev")
                .path("cluster")
                .path("insecure-skip-tls-verify")
                .asBoolean())
        .isTrue();
    assertThat(
            named(config.path("contexts"), "kind-dev").path("context").path("namespace").asText())
        .isEqualTo("web");
    assertThat(named(config.path("users"), "kind-dev").path("user").path("token").asText())
        .isEqualTo("kind-token");
    assertThat(config.path("preferences").path("colors").asBoolean()).isTrue();
  }

  @Test
  void writingAgainReplacesTheEntryInsteadOfAddingOne() throws Exception {
    KubeconfigWriter writer = new KubeconfigWriter(kubeconfig());
    writer.write(SHOP);

    writer.write(
        new KubeconfigEntry(
            "shop",
            ARN,
            "https://NEW.gr7.eu-west-1.eks.amazonaws.com",
            "Q0E=",
            "eu-west-1",
            Optional.empty()));

    JsonNode config = written();
    assertThat(config.path("clusters")).hasSize(1);
    assertThat(config.path("users")).hasSize(1);
    assertThat(named(config.path("clusters"), ARN).path("cluster").path("server").asText())
        .isEqualTo("https://NEW.gr7.eu-west-1.eks.amazonaws.com");
    assertThat(named(config.path("users"), ARN).path("user").path("exec").has("env")).isFalse();
  }

  @Test
  void kubeconfigVariableNamesTheFile() {
    Path first = home.resolve("a.yaml");
    String variable = first + java.io.File.pathSeparator + home.resolve("b.yaml");

    assertThat(KubeconfigWriter.defaultLocation(Map.of("KUBECONFIG", variable), home))
        .isEqualTo(first);
    assertThat(KubeconfigWriter.defaultLocation(Map.of(), home))
        .isEqualTo(home.resolve(".kube/config"));
  }
}
