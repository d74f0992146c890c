package dev.eksdesk.domain.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads and writes cluster specs as YAML; a typo is reported with its path and line. */
public final class SpecYaml {
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

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
      List<SpecProblem> unknownKeys = UnknownKeyScanner.scan(yaml, ClusterSpec.class);
      if (!unknownKeys.isEmpty()) {
        throw new SpecFileException(source, unknownKeys);
      }
      return MAPPER.readValue(yaml, ClusterSpec.class);
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
      throw new SpecFileException(
          file.toString(),
          List.of(SpecProblem.error("(file)", "there is no such file; check the path")));
    }
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

  /** Writes through a temporary file and a rename, so a crash never leaves half a spec. */
  public static void save(ClusterSpec spec, Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temp = Files.createTempFile(absolute.getParent(), ".spec-", ".yaml.tmp");
    try {
      Files.writeString(temp, write(spec), StandardCharsets.UTF_8);
      try {
        Files.move(
            temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static SpecProblem describe(JsonProcessingException e) {
    int line = lineOf(e.getLocation());
    String path = e instanceof JsonMappingException m ? pathOf(m) : "(file)";
    String message;
    if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
      message =
          "'"
              + invalid.getValue()
              + "' is not allowed; use one of "
              + enumValues(invalid.getTargetType());
    } else if (e instanceof InvalidFormatException invalid) {
      message =
          "'"
              + invalid.getValue()
              + "' is not a "
              + invalid.getTargetType().getSimpleName().toLowerCase(Locale.ROOT);
    } else if (e instanceof ValueInstantiationException instantiation
        && instantiation.getCause() instanceof MissingFieldException missing) {
      path =
          path.isEmpty() || path.equals("(file)") ? missing.field() : path + "." + missing.field();
      message = "is required but missing";
    } else if (e instanceof ValueInstantiationException instantiation
        && instantiation.getCause() != null) {
      message = instantiation.getCause().getMessage();
    } else if (e instanceof MismatchedInputException mismatch
        && mismatch.getPath().isEmpty()
        && mismatch.getTargetType() == ClusterSpec.class) {
      message =
          "this is not a cluster spec: a spec is YAML with keys such as name, region, network"
              + " and nodeGroup";
    } else if (e instanceof JsonMappingException) {
      message = firstLine(e.getOriginalMessage());
    } else {
      message = "not valid YAML: " + parserProblem(e.getOriginalMessage());
    }
    return new SpecProblem(
        SpecProblem.Severity.ERROR, path.isEmpty() ? "(top)" : path, message, line);
  }

  private static String enumValues(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> MAPPER.convertValue(c, String.class))
        .collect(Collectors.joining(", "));
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      }
    }
    return path.toString();
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

  private static String firstLine(String text) {
    if (text == null) {
      return "unreadable";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
