package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.CredentialsStore;
import dev.eksdesk.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves typed keys as a named profile in the shared credentials file, only when the user asks.
 * Other profiles, comments and their order are kept; the file is written owner-only.
 */
public final class CredentialsFileWriter implements CredentialsStore {

  private static final Logger LOG = LoggerFactory.getLogger(CredentialsFileWriter.class);

  /** Conservative: anything else could break the INI syntax or be read differently by tools. */
  private static final Pattern PROFILE_NAME = Pattern.compile("[A-Za-z0-9_.@+-]{1,64}");

  private static final Pattern KEY_VALUE = Pattern.compile("[\\x21-\\x7E]+");

  private final Path credentialsFile;

  public CredentialsFileWriter(AwsConfigLocations locations) {
    this.credentialsFile = locations.credentialsFile();
  }

  @Override
  public void save(String profileName, AccountChoice.StaticKeys keys) throws IOException {
    if (!PROFILE_NAME.matcher(profileName).matches()) {
      throw new IllegalArgumentException(
          "A profile name may use letters, digits and _ . @ + - only, up to 64 characters");
    }
    requirePrintable(keys.accessKeyId(), "access key id");
    requirePrintable(keys.secretAccessKey(), "secret access key");
    keys.sessionToken().ifPresent(token -> requirePrintable(token, "session token"));

    List<String> existing =
        Files.exists(credentialsFile)
            ? Files.readAllLines(credentialsFile, StandardCharsets.UTF_8)
            : List.of();
    List<String> updated = withSection(existing, profileName, section(profileName, keys));
    AtomicFiles.replace(
        credentialsFile,
        (String.join("\n", updated) + "\n").getBytes(StandardCharsets.UTF_8),
        null);
    LOG.info("Saved profile '{}' in {}", profileName, credentialsFile);
  }

  private static void requirePrintable(String value, String what) {
    if (!KEY_VALUE.matcher(value).matches()) {
      throw new IllegalArgumentException("The " + what + " contains spaces or control characters");
    }
  }

  private static List<String> section(String profileName, AccountChoice.StaticKeys keys) {
    List<String> lines = new ArrayList<>();
    lines.add("[" + profileName + "]");
    lines.add("aws_access_key_id = " + keys.accessKeyId());
    lines.add("aws_secret_access_key = " + keys.secretAccessKey());
    keys.sessionToken().ifPresent(token -> lines.add("aws_session_token = " + token));
    return lines;
  }

  /** Replaces the profile's section where it stands, or appends it when it is new. */
  static List<String> withSection(List<String> lines, String profileName, List<String> section) {
    List<String> result = new ArrayList<>();
    boolean replaced = false;
    boolean skipping = false;
    for (String line : lines) {
      String header = sectionName(line);
      if (header != null) {
        skipping = header.equals(profileName);
        if (skipping && !replaced) {
          result.addAll(section);
          result.add("");
          replaced = true;
        }
      }
      if (!skipping) {
        result.add(line);
      }
    }
    if (!replaced) {
      if (!result.isEmpty() && !result.get(result.size() - 1).isBlank()) {
        result.add("");
      }
      result.addAll(section);
    }
    return result;
  }

  /** The name in a {@code [name]} header line, or null when the line is not a header. */
  private static String sectionName(String line) {
    String trimmed = line.strip();
    int end = trimmed.indexOf(']');
    if (!trimmed.startsWith("[") || end < 0) {
      return null;
    }
    return trimmed.substring(1, end).strip();
  }
}
