package dev.eksdesk.domain.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.eksdesk.files.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads and writes cluster specs as YAML; a typo is reported with its path and line. */
public final class SpecYaml {
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private static final String TOO_LARGE = "is too large a number; use a smaller whole number";

  private SpecYaml() {}

  public static String write(ClusterSpec spec) {
    try {
      return MAPPER.writeValueAsString(spec);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a spec could not be written as YAML", e);
    }
  }

  /**
   * Parses a spec.
   *
   * @param source how to name the input in messages (a file name)
   */
  public static ClusterSpec read(String yaml, String source) throws SpecFileException {
    if (yaml.isBlank()) {
      throw new SpecFileException(
          source, List.of(SpecProblem.error("(file)", "the file is empty")));
    }
    try {
      List<SpecProblem> ambiguous = AmbiguousYamlScanner.scan(yaml);
      if (!ambiguous.isEmpty()) {
        throw new SpecFileException(source, ambiguous);
      }
      List<SpecProblem> unknownKeys = UnknownKeyScanner.scan(yaml, ClusterSpec.class);
      if (!unknownKeys.isEmpty()) {
        throw new SpecFileException(source, unknownKeys);
      }
      ClusterSpec spec = MAPPER.readValue(yaml, ClusterSpec.class);
      if (spec == null) {
        throw new SpecFileException(
            source,
            List.of(
                SpecProblem.error(
                    "(file)", "the file holds no spec, only comments or an empty document")));
      }
      return spec;
    } catch (JsonProcessingException e) {
      throw new SpecFileException(source, List.of(describe(e)));
    } catch (IOException e) {
      throw new SpecFileException(source, List.of(SpecProblem.error("(file)", e.getMessage())));
    }
  }

  public static ClusterSpec load(Path file) throws SpecFileException, IOException {
    try {
      return read(text(Files.readAllBytes(file), file.toString()), file.toString());
    } catch (NoSuchFileException e) {
      throw fileProblem(file, "there is no such file; check the path");
    } catch (AccessDeniedException e) {
      throw fileProblem(file, "you may not read this file; check its permissions");
    } catch (IOException e) {
      if (Files.isDirectory(file)) {
        throw fileProblem(file, "this is a folder; name the spec file in it");
      }
      throw e;
    }
  }

  private static SpecFileException fileProblem(Path file, String message) {
    return new SpecFileException(file.toString(), List.of(SpecProblem.error("(file)", message)));
  }

  /** The file's bytes as UTF-8 text; anything else (an image, a binary) is no spec. */
  private static String text(byte[] bytes, String source) throws SpecFileException {
    ByteBuffer input = ByteBuffer.wrap(bytes);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(input)
          .toString();
    } catch (CharacterCodingException e) {
      int line = 1;
      for (int i = 0; i < Math.min(input.position(), bytes.length); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new SpecFileException(
          source,
          List.of(
              new SpecProblem(
                  SpecProblem.Severity.ERROR,
                  "(file)",
                  "not valid YAML: this is not text, and a spec file is UTF-8 text",
                  line)));
    }
  }

  /** Writes owner-only through {@link AtomicFiles}, so a crash never leaves half a spec. */
  public static void save(ClusterSpec spec, Path file) throws IOException {
    AtomicFiles.replace(file, write(spec).getBytes(StandardCharsets.UTF_8), null);
  }

  private static SpecProblem describe(JsonProcessingException e) {
    int line = lineOf(e.getLocation());
    if (!(e instanceof JsonMappingException mapping)) {
      return new SpecProblem(SpecProblem.Severity.ERROR, "(file)", syntaxProblem(e), line);
    }
    String path = SpecPaths.of(mapping);
    String message;
    if (e.getCause() instanceof InputCoercionException) {
      message = TOO_LARGE;
    } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
      message =
          "'"
              + invalid.getValue()
              + "' is not allowed; use one of "
              + enumValues(invalid.getTargetType());
    } else if (e instanceof ValueInstantiationException instantiation
        && instantiation.getCause() instanceof MissingFieldException missing) {
      path = SpecPaths.child(path, missing.field());
      message = "is required but missing";
    } else if (e instanceof ValueInstantiationException) {
      // the records' constructors refuse only missing fields and empty list or map entries
      message =
          "holds an empty entry (a '-' or a key with nothing after it); fill it in or remove it";
    } else if (e instanceof MismatchedInputException mismatch
        && mismatch.getPath().isEmpty()
        && mismatch.getTargetType() == ClusterSpec.class) {
      message =
          "this is not a cluster spec: a spec is YAML with keys such as name, region, network"
              + " and nodeGroup";
    } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      message = "must be " + expected(mismatch.getTargetType()) + found(mismatch);
    } else {
      message = "cannot be read here; compare it with a spec written by `eksdesk spec init`";
    }
    return new SpecProblem(SpecProblem.Severity.ERROR, path, message, line);
  }

  /** What a field of this type is, in words. */
  private static String expected(Class<?> type) {
    if (Collection.class.isAssignableFrom(type)) {
      return "a list (one '- item' per line, or [a, b])";
    } else if (Map.class.isAssignableFrom(type)) {
      return "keys with values (one 'key: value' per line)";
    } else if (type.isRecord()) {
      return "a section of keys (indented 'key: value' lines below it)";
    } else if (type.isEnum()) {
      return "one of " + enumValues(type);
    } else if (type == int.class || type == Integer.class || type == long.class) {
      return "a whole number";
    } else if (type == double.class || type == Double.class) {
      return "a number";
    } else if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    return "a single value";
  }

  /** What the file held instead, from the reader's position when it gave up. */
  private static String found(MismatchedInputException e) {
    if (!(e.getProcessor() instanceof JsonParser parser) || parser.currentToken() == null) {
      return "";
    }
    return switch (parser.currentToken()) {
      case START_ARRAY -> ", not a list";
      case START_OBJECT -> ", not a section of keys";
      case VALUE_NULL, END_OBJECT -> ", and it is empty or missing";
      case VALUE_STRING ->
          text(parser).isEmpty() ? ", and it is empty" : ", not '" + text(parser) + "'";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> ", not " + text(parser);
      default -> "";
    };
  }

  private static String text(JsonParser parser) {
    try {
      return parser.getText();
    } catch (IOException e) {
      return "this";
    }
  }

  /** The YAML reader's complaint without its internals; a number too large is said in words. */
  private static String syntaxProblem(JsonProcessingException e) {
    if (e instanceof InputCoercionException) {
      return TOO_LARGE;
    }
    return "not valid YAML: " + parserProblem(e.getOriginalMessage());
  }

  private static String enumValues(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> MAPPER.convertValue(c, String.class))
        .collect(Collectors.joining(", "));
  }

  private static int lineOf(JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  /**
   * The YAML parser's own words without its internals: its message names the construct it was in,
   * then the problem, each followed by an indented excerpt; the problem is the last unindented
   * line.
   */
  private static String parserProblem(String text) {
    if (text == null) {
      return "unreadable";
    }
    String problem =
        text.lines()
            .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
            .reduce((first, second) -> second)
            .orElse(text.strip());
    return problem.replaceAll(",? got this instead: <[^>]*>", "").strip();
  }
}
