package dev.eksdesk.cloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.eksdesk.cloud.KubeconfigEntry;
import dev.eksdesk.files.AtomicFiles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Adds or replaces one cluster's entry in a kubeconfig the way {@code aws eks update-kubeconfig}
 * does, so kubectl and other tools can reach the cluster. Every other entry, and any field this
 * class does not know, is kept as it was. The file is written owner-only.
 */
public final class KubeconfigWriter {

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .build();

  private final Path kubeconfig;

  public KubeconfigWriter(Path kubeconfig) {
    this.kubeconfig = kubeconfig;
  }

  /** Where kubectl reads this user's kubeconfig from (see {@link #defaultLocation}). */
  public static Path forCurrentUser() {
    return defaultLocation(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** The first file in {@code KUBECONFIG}, as kubectl writes to it, else {@code ~/.kube/config}. */
  public static Path defaultLocation(Map<String, String> environment, Path home) {
    String variable = environment.get("KUBECONFIG");
    if (variable != null && !variable.isBlank()) {
      return Path.of(variable.split(File.pathSeparator)[0]);
    }
    return home.resolve(".kube").resolve("config");
  }

  /** Writes the entry and makes it the current context, as the AWS CLI does. */
  public void write(KubeconfigEntry entry) throws IOException {
    ObjectNode config = read();
    String name = entry.clusterArn();
    upsert(config, "clusters", name, "cluster", cluster(entry));
    upsert(config, "contexts", name, "context", context(name));
    upsert(config, "users", name, "user", user(entry));
    config.put("current-context", name);
    AtomicFiles.replace(
        kubeconfig, (YAML.writeValueAsString(config)).getBytes(StandardCharsets.UTF_8), null);
  }

  private ObjectNode read() throws IOException {
    JsonNode existing = Files.exists(kubeconfig) ? YAML.readTree(kubeconfig.toFile()) : null;
    ObjectNode config =
        existing instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
    if (!config.has("apiVersion")) {
      config.put("apiVersion", "v1");
    }
    if (!config.has("kind")) {
      config.put("kind", "Config");
    }
    if (!config.has("preferences")) {
      config.putObject("preferences");
    }
    return config;
  }

  /** Replaces the named item of a list in place, or appends it. */
  private static void upsert(
      ObjectNode config, String listName, String name, String field, ObjectNode value) {
    ArrayNode list =
        config.get(listName) instanceof ArrayNode existing ? existing : config.putArray(listName);
    ObjectNode item = JsonNodeFactory.instance.objectNode();
    item.set(field, value);
    item.put("name", name);
    for (int i = 0; i < list.size(); i++) {
      if (name.equals(list.get(i).path("name").asText(null))) {
        list.set(i, item);
        return;
      }
    }
    list.add(item);
  }

  private static ObjectNode cluster(KubeconfigEntry entry) {
    ObjectNode cluster = JsonNodeFactory.instance.objectNode();
    cluster.put("certificate-authority-data", entry.certificateAuthorityData());
    cluster.put("server", entry.endpoint());
    return cluster;
  }

  private static ObjectNode context(String name) {
    ObjectNode context = JsonNodeFactory.instance.objectNode();
    context.put("cluster", name);
    context.put("user", name);
    return context;
  }

  /** The exec plugin the AWS CLI writes: kubectl runs {@code aws eks get-token} on demand. */
  private static ObjectNode user(KubeconfigEntry entry) {
    ObjectNode exec = JsonNodeFactory.instance.objectNode();
    exec.put("apiVersion", "client.authentication.k8s.io/v1beta1");
    exec.put("command", "aws");
    exec.putArray("args")
        .add("--region")
        .add(entry.region())
        .add("eks")
        .add("get-token")
        .add("--cluster-name")
        .add(entry.clusterName())
        .add("--output")
        .add("json");
    entry
        .profile()
        .ifPresent(
            profile ->
                exec.putArray("env").addObject().put("name", "AWS_PROFILE").put("value", profile));
    ObjectNode user = JsonNodeFactory.instance.objectNode();
    user.set("exec", exec);
    return user;
  }
}
