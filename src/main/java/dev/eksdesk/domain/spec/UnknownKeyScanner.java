package dev.eksdesk.domain.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.eksdesk.domain.text.Suggestions;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds every key of a YAML document that the spec's records do not have, with its line, before
 * binding: Jackson binds records through their constructor and would report a missing field first,
 * hiding the typo that caused it.
 */
final class UnknownKeyScanner {
  private static final YAMLFactory FACTORY = new YAMLFactory();
  private final List<SpecProblem> problems = new ArrayList<>();

  private UnknownKeyScanner() {}

  static List<SpecProblem> scan(String yaml, Class<? extends Record> root) throws IOException {
    UnknownKeyScanner scanner = new UnknownKeyScanner();
    try (JsonParser parser = FACTORY.createParser(yaml)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        scanner.object(parser, root, "");
      }
    }
    return scanner.problems;
  }

  private void object(JsonParser parser, Class<?> type, String path) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int line = parser.currentLocation().getLineNr();
      parser.nextToken();
      Optional<RecordComponent> component = component(type, key);
      if (component.isEmpty()) {
        problems.add(unknown(type, key, path, line));
        parser.skipChildren();
      } else {
        value(parser, component.get().getGenericType(), path.isEmpty() ? key : path + "." + key);
      }
    }
  }

  private void value(JsonParser parser, Type type, String path) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT && type instanceof Class<?> c && c.isRecord()) {
      object(parser, c, path);
    } else if (token == JsonToken.START_ARRAY && elementRecord(type).isPresent()) {
      Class<?> element = elementRecord(type).get();
      int index = 0;
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        object(parser, element, path + "[" + index++ + "]");
      }
      if (parser.currentToken() != JsonToken.END_ARRAY) {
        parser.skipChildren();
      }
    } else {
      parser.skipChildren();
    }
  }

  private static Optional<Class<?>> elementRecord(Type type) {
    if (type instanceof ParameterizedType p
        && p.getRawType() == List.class
        && p.getActualTypeArguments()[0] instanceof Class<?> c
        && c.isRecord()) {
      return Optional.of(c);
    }
    return Optional.empty();
  }

  private static Optional<RecordComponent> component(Class<?> type, String key) {
    if (!type.isRecord() || Map.class.isAssignableFrom(type)) {
      return Optional.empty();
    }
    return Arrays.stream(type.getRecordComponents())
        .filter(c -> c.getName().equals(key))
        .findFirst();
  }

  private static SpecProblem unknown(Class<?> type, String key, String path, int line) {
    List<String> known =
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).sorted().toList();
    List<String> close = Suggestions.closest(key, known, 1);
    String message =
        "unknown key '"
            + key
            + "'"
            + (close.isEmpty() ? "" : "; did you mean '" + close.get(0) + "'?")
            + " Keys here: "
            + String.join(", ", known);
    return new SpecProblem(
        SpecProblem.Severity.ERROR, path.isEmpty() ? "(top)" : path, message, line);
  }
}
