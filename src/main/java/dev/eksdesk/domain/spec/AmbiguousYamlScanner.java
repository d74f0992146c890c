package dev.eksdesk.domain.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Finds what YAML allows but a spec refuses, with its line: a key given twice (the last one would
 * silently win) and anchors and aliases (the YAML reader hands an alias over as the anchor's name,
 * so {@code keyPairName: *prodkey} would name a key "prodkey").
 */
final class AmbiguousYamlScanner {
  private static final YAMLFactory FACTORY = new YAMLFactory();
  private final List<SpecProblem> problems = new ArrayList<>();
  private final Deque<Set<String>> keysOfOpenMaps = new ArrayDeque<>();

  /** Anchors by line, still to report; Jackson's reader does not show those on plain values. */
  private final Map<Integer, String> anchors;

  private AmbiguousYamlScanner(Map<Integer, String> anchors) {
    this.anchors = anchors;
  }

  static List<SpecProblem> scan(String yaml) throws IOException {
    AmbiguousYamlScanner scanner = new AmbiguousYamlScanner(anchors(yaml));
    try (YAMLParser parser = (YAMLParser) FACTORY.createParser(yaml)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        scanner.check(parser, token);
      }
    }
    scanner.anchors.forEach(
        (line, anchor) ->
            scanner.problems.add(
                new SpecProblem(
                    SpecProblem.Severity.ERROR, "(file)", anchorMessage(anchor), line)));
    return scanner.problems;
  }

  /** Read with SnakeYAML, which Jackson's YAML reader is built on and which sees every anchor. */
  private static Map<Integer, String> anchors(String yaml) throws IOException {
    Map<Integer, String> found = new LinkedHashMap<>();
    try {
      for (Event event : new Yaml().parse(new StringReader(yaml))) {
        if (event instanceof NodeEvent node
            && !(event instanceof AliasEvent)
            && node.getAnchor() != null) {
          found.putIfAbsent(event.getStartMark().getLine() + 1, node.getAnchor());
        }
      }
    } catch (YAMLException e) {
      // not YAML: the reading that follows says where and why
    }
    return found;
  }

  private static String anchorMessage(String anchor) {
    return "'&"
        + anchor
        + "' is a YAML anchor, which a spec does not accept: remove it and write values"
        + " out where they are used";
  }

  private void check(YAMLParser parser, JsonToken token) throws IOException {
    int line = parser.currentTokenLocation().getLineNr();
    if (parser.isCurrentAlias()) {
      problems.add(
          problem(
              parser,
              line,
              "'*"
                  + parser.getText()
                  + "' is a YAML alias, which a spec does not accept: write the value itself"));
    } else if (startsAValue(token) && anchors.containsKey(line)) {
      problems.add(problem(parser, line, anchorMessage(anchors.remove(line))));
    }
    if (token == JsonToken.START_OBJECT) {
      keysOfOpenMaps.push(new HashSet<>());
    } else if (token == JsonToken.END_OBJECT) {
      keysOfOpenMaps.pop();
    } else if (token == JsonToken.FIELD_NAME && !keysOfOpenMaps.peek().add(parser.currentName())) {
      problems.add(
          problem(
              parser,
              line,
              "'"
                  + parser.currentName()
                  + "' is given twice here; keep one (YAML would silently use the last)"));
    }
  }

  private static boolean startsAValue(JsonToken token) {
    return token.isScalarValue()
        || token == JsonToken.START_OBJECT
        || token == JsonToken.START_ARRAY;
  }

  private static SpecProblem problem(JsonParser parser, int line, String message) {
    return new SpecProblem(
        SpecProblem.Severity.ERROR,
        SpecPaths.of(parser.getParsingContext().pathAsPointer()),
        message,
        line);
  }
}
