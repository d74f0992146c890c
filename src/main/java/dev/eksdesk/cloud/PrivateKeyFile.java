package dev.eksdesk.cloud;

import dev.eksdesk.domain.spec.UserHome;
import dev.eksdesk.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The private key of the spec's key pair, at the spec's path: generated here (Ed25519, OpenSSH
 * format, mode 0600, in a folder made 0700) before the key pair is imported, and never overwritten:
 * a file already there is used as it is when it can be (its public key is imported, or it matches
 * the key pair already in AWS), otherwise the apply stops and says what to do.
 */
public final class PrivateKeyFile implements LocalKeys {
  private static final String CODE = "PrivateKeyFile";

  private final Path file;

  public PrivateKeyFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  /** The spec's path, a leading "~/" read as $HOME (as ssh does). */
  public static PrivateKeyFile at(String path) {
    return new PrivateKeyFile(UserHome.expand(path, UserHome.resolve()));
  }

  public Path file() {
    return file;
  }

  @Override
  public ResourceRequest beforeCreate(ResourceRequest request) {
    if (!(request instanceof ResourceRequest.KeyPair)) {
      return request;
    }
    ResourceRequest.KeyPair keyPair = (ResourceRequest.KeyPair) request;
    SshPublicKey key = read().orElseGet(() -> create(keyPair.name()));
    return keyPair.importing(key);
  }

  @Override
  public void confirm(CloudResource resource) {
    if (resource.kind() != ResourceKind.KEY_PAIR) {
      return;
    }
    String name = resource.attribute("name");
    SshPublicKey key =
        read()
            .orElseThrow(
                () ->
                    refusal(
                        "the private key of key pair "
                            + name
                            + " is not at "
                            + file
                            + ". Put it back there, or delete key pair "
                            + name
                            + " in AWS (aws ec2 delete-key-pair --key-name "
                            + name
                            + ") so that apply imports a new key."));
    if (!key.isFingerprintedAs(resource.attribute("fingerprint"))) {
      throw refusal(
          file
              + " holds another key ("
              + key.sha256()
              + ") than key pair "
              + name
              + " in AWS (fingerprint "
              + resource.attribute("fingerprint")
              + "); Eksdesk never overwrites a key file. Put key pair "
              + name
              + "'s private key back at "
              + file
              + ", or delete key pair "
              + name
              + " in AWS (aws ec2 delete-key-pair --key-name "
              + name
              + ") so that apply imports this file's key.");
    }
  }

  /** The public key of the file there, or empty when there is none. */
  private Optional<SshPublicKey> read() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw refusal("cannot read " + file + " (" + e.getMessage() + ")");
    }
    try {
      return Optional.of(OpenSshPrivateKey.publicKeyOf(text));
    } catch (IllegalArgumentException e) {
      throw refusal(
          file
              + " already exists and cannot be used as the key pair's private key: "
              + e.getMessage()
              + ". Eksdesk never overwrites a key file: move it away, or set"
              + " sshKey.privateKeyPath to a file that does not exist yet.");
    }
  }

  /** Writes a new key, never over a file that appeared meanwhile. */
  private SshPublicKey create(String keyPairName) {
    OpenSshPrivateKey key = OpenSshPrivateKey.generateEd25519("eksdesk key pair " + keyPairName);
    try {
      AtomicFiles.createNew(file, key.text().getBytes(StandardCharsets.US_ASCII));
      return key.publicKey();
    } catch (java.nio.file.FileAlreadyExistsException e) {
      return read().orElseThrow(() -> refusal(file + " appeared and vanished while being made"));
    } catch (IOException e) {
      throw refusal("cannot write the private key to " + file + " (" + e.getMessage() + ")");
    }
  }

  private static CloudException refusal(String message) {
    return new CloudException(FailureKind.INVALID, CODE, message, false, null);
  }
}
