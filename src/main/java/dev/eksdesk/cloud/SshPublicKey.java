package dev.eksdesk.cloud;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An OpenSSH public key ({@code ssh-ed25519} or {@code ssh-rsa}), what EC2's ImportKeyPair takes.
 * Not a secret; it carries the fingerprints EC2 states for a key pair imported from it.
 *
 * @param blob the key in the SSH wire format (the base64 part of an {@code authorized_keys} line)
 */
public record SshPublicKey(byte[] blob) {
  public static final String ED25519 = "ssh-ed25519";
  public static final String RSA = "ssh-rsa";

  /** SubjectPublicKeyInfo of an Ed25519 key, before its 32 bytes (RFC 8410). */
  private static final byte[] ED25519_SPKI_PREFIX =
      HexFormat.of().parseHex("302a300506032b6570032100");

  public SshPublicKey {
    Objects.requireNonNull(blob, "blob");
    blob = blob.clone();
    String type = new WireReader(blob).string();
    if (!type.equals(ED25519) && !type.equals(RSA)) {
      throw new IllegalArgumentException("a " + type + " key; EC2 takes ssh-ed25519 and ssh-rsa");
    }
  }

  @Override
  public byte[] blob() {
    return blob.clone();
  }

  public String type() {
    return new WireReader(blob).string();
  }

  /** The {@code authorized_keys} line, with a comment that says what the key is for. */
  public String openSsh(String comment) {
    return type() + " " + Base64.getEncoder().encodeToString(blob) + " " + comment;
  }

  /**
   * Whether EC2 states this fingerprint for a key pair imported from this key. For Ed25519 AWS
   * gives the base64 SHA-256 of the key (as {@code ssh-keygen -l} prints it), moto the hex SHA-256
   * of its DER form; for RSA both give the hex MD5 of the DER form.
   */
  public boolean isFingerprintedAs(String fingerprint) {
    String trimmed = fingerprint.strip();
    String stated = trimmed.startsWith("SHA256:") ? trimmed.substring(7) : trimmed;
    String unpadded = stated.replace("=", "");
    return fingerprints().stream().anyMatch(f -> f.equalsIgnoreCase(stated) || f.equals(unpadded));
  }

  /** The fingerprint AWS states for a key pair imported from this key. */
  public String awsFingerprint() {
    return type().equals(ED25519)
        ? Base64.getEncoder().encodeToString(digest("SHA-256", blob))
        : colonHex(digest("MD5", der()));
  }

  /** The fingerprint as {@code ssh-keygen -l} prints it, for messages. */
  public String sha256() {
    return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest("SHA-256", blob));
  }

  private List<String> fingerprints() {
    byte[] der = der();
    if (type().equals(ED25519)) {
      return List.of(
          Base64.getEncoder().withoutPadding().encodeToString(digest("SHA-256", blob)),
          colonHex(digest("SHA-256", der)));
    }
    return List.of(colonHex(digest("MD5", der)));
  }

  /** The key as X.509 SubjectPublicKeyInfo DER, what AWS and moto hash. */
  private byte[] der() {
    WireReader wire = new WireReader(blob);
    String type = wire.string();
    if (type.equals(ED25519)) {
      byte[] key = wire.bytes();
      byte[] der = new byte[ED25519_SPKI_PREFIX.length + key.length];
      System.arraycopy(ED25519_SPKI_PREFIX, 0, der, 0, ED25519_SPKI_PREFIX.length);
      System.arraycopy(key, 0, der, ED25519_SPKI_PREFIX.length, key.length);
      return der;
    }
    BigInteger exponent = new BigInteger(wire.bytes());
    BigInteger modulus = new BigInteger(wire.bytes());
    try {
      return KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(modulus, exponent))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a valid RSA key", e);
    }
  }

  private static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java has no " + algorithm, e);
    }
  }

  private static String colonHex(byte[] bytes) {
    return HexFormat.ofDelimiter(":").formatHex(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SshPublicKey key && java.util.Arrays.equals(blob, key.blob);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(blob);
  }

  @Override
  public String toString() {
    return type() + " " + sha256();
  }

  /** Reads the SSH wire format: big-endian uint32 lengths, then bytes. */
  static final class WireReader {
    private final DataInputStream in;

    WireReader(byte[] data) {
      this.in = new DataInputStream(new ByteArrayInputStream(data));
    }

    byte[] bytes() {
      try {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
          throw new IllegalArgumentException("a length past the end of the key");
        }
        return in.readNBytes(length);
      } catch (IOException e) {
        throw new IllegalArgumentException("the key ends too early", e);
      }
    }

    String string() {
      return new String(bytes(), StandardCharsets.US_ASCII);
    }
  }
}
