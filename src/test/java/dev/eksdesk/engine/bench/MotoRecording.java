package dev.eksdesk.engine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests moto's recorder wrote ({@code MOTO_ENABLE_RECORDING}, one JSON object a line), named
 * by operation: the query protocols' {@code Action}, else the JSON protocols' target, else the REST
 * method and path with names replaced (EKS: {@code GET /clusters/{}} is DescribeCluster).
 */
final class MotoRecording {
  private static final Pattern ACTION = Pattern.compile("(?:^|&)Action=([A-Za-z]+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private MotoRecording() {}

  /** How many times each operation was called. */
  static Map<String, Integer> operations(Path recording) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    List<String> lines = Files.readAllLines(recording, StandardCharsets.UTF_8);
    for (String line : lines) {
      if (!line.isBlank()) {
        counts.merge(operation(JSON.readTree(line)), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static String operation(JsonNode request) {
    String body = request.path("body").asText("");
    if (request.path("body_encoded").asBoolean()) {
      body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
    }
    Matcher action = ACTION.matcher(URLDecoder.decode(body, StandardCharsets.UTF_8));
    if (action.find()) {
      return action.group(1);
    }
    String target = request.path("headers").path("X-Amz-Target").asText("");
    if (!target.isEmpty()) {
      return target.substring(target.indexOf('.') + 1);
    }
    String path = URI.create(request.path("url").asText()).getPath();
    String[] parts = path.split("/");
    StringBuilder shape = new StringBuilder(request.path("method").asText()).append(" ");
    for (int i = 1; i < parts.length; i++) {
      shape.append('/').append(i % 2 == 1 ? parts[i] : "{}");
    }
    return shape.toString();
  }
}
