package dev.eksdesk.cloud;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * A private key in OpenSSH's own file format ({@code openssh-key-v1}, what {@code ssh-keygen}
 * writes and {@code ssh -i} reads), made on this machine so that only its public half ever goes to
 * AWS. Generates unencrypted Ed25519 keys; reads the public key of any OpenSSH key file.
 */
record OpenSshPrivateKey(String text, SshPublicKey publicKey) {
  private static final String BEGIN = "-----BEGIN OPENSSH PRIVATE KEY-----";
  private static final String END = "-----END OPENSSH PRIVATE KEY-----";
  private static final byte[] MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);

  /** The 16 bytes of an Ed25519 PKCS#8 encoding before its 32-byte seed (RFC 8410). */
  private static final int PKCS8_SEED_OFFSET = 16;

  /** The 12 bytes of an Ed25519 X.509 encoding before its 32-byte public key. */
  private static final int X509_KEY_OFFSET = 12;

  @Override
  public String toString() {
    return "OpenSshPrivateKey[" + publicKey + "]";
  }

  /** A new Ed25519 key; {@code comment} says what it is for, as ssh-keygen's -C does. */
  static OpenSshPrivateKey generateEd25519(String comment) {
    KeyPair pair;
    try {
      pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java cannot make Ed25519 keys", e);
    }
    byte[] pkcs8 = pair.getPrivate().getEncoded();
    byte[] x509 = pair.getPublic().getEncoded();
    byte[] seed = Arrays.copyOfRange(pkcs8, PKCS8_SEED_OFFSET, PKCS8_SEED_OFFSET + 32);
    byte[] key = Arrays.copyOfRange(x509, X509_KEY_OFFSET, X509_KEY_OFFSET + 32);
    try {
      byte[] publicBlob = wire(w -> w.string(SshPublicKey.ED25519).bytes(key));
      int check = new SecureRandom().nextInt();
      byte[] secretPart = new byte[64]; // OpenSSH keeps the seed followed by the public key
      System.arraycopy(seed, 0, secretPart, 0, 32);
      System.arraycopy(key, 0, secretPart, 32, 32);
      byte[] privateSection =
          pad(
              wire(
                  w ->
                      w.uint32(check)
                          .uint32(check)
                          .string(SshPublicKey.ED25519)
                          .bytes(key)
                          .bytes(secretPart)
                          .string(comment)));
      Arrays.fill(secretPart, (byte) 0);
      byte[] file =
          wire(
              w ->
                  w.raw(MAGIC)
                      .string("none")
                      .string("none")
                      .string("")
                      .uint32(1)
                      .bytes(publicBlob)
                      .bytes(privateSection));
      Arrays.fill(privateSection, (byte) 0);
      return new OpenSshPrivateKey(armor(file), new SshPublicKey(publicBlob));
    } finally {
      Arrays.fill(seed, (byte) 0);
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  /**
   * The public key of an OpenSSH private key file's text (stored in clear even when the key is
   * encrypted).
   *
   * @throws IllegalArgumentException when the text is not an OpenSSH private key EC2 could import
   */
  static SshPublicKey publicKeyOf(String text) {
    String body = text.strip();
    if (!body.startsWith(BEGIN) || !body.endsWith(END)) {
      throw new IllegalArgumentException(
          "it is not an OpenSSH private key (one starting with " + BEGIN + ")");
    }
    byte[] file;
    try {
      file =
          Base64.getMimeDecoder()
              .decode(body.substring(BEGIN.length(), body.length() - END.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("its base64 body is damaged", e);
    }
    ByteBuffer in = ByteBuffer.wrap(file);
    byte[] magic = new byte[Math.min(MAGIC.length, in.remaining())];
    in.get(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IllegalArgumentException("it is not an openssh-key-v1 key");
    }
    read(in); // cipher
    read(in); // key derivation
    read(in); // its options
    if (in.remaining() < 4 || in.getInt() != 1) {
      throw new IllegalArgumentException("it holds more than one key");
    }
    return new SshPublicKey(read(in));
  }

  private static byte[] read(ByteBuffer in) {
    if (in.remaining() < 4) {
      throw new IllegalArgumentException("it ends too early");
    }
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("it ends too early");
    }
    byte[] value = new byte[length];
    in.get(value);
    return value;
  }

  /** OpenSSH pads the private section to its cipher's block size (8 for none) with 1, 2, 3... */
  private static byte[] pad(byte[] section) {
    int padded = (section.length + 7) / 8 * 8;
    byte[] out = Arrays.copyOf(section, padded);
    for (int i = section.length; i < padded; i++) {
      out[i] = (byte) (i - section.length + 1);
    }
    Arrays.fill(section, (byte) 0);
    return out;
  }

  private static String armor(byte[] file) {
    String base64 = Base64.getEncoder().encodeToString(file);
    StringBuilder text = new StringBuilder(BEGIN).append('\n');
    for (int i = 0; i < base64.length(); i += 70) {
      text.append(base64, i, Math.min(base64.length(), i + 70)).append('\n');
    }
    return text.append(END).append('\n').toString();
  }

  private interface WireWrites {
    void write(Wire wire) throws IOException;
  }

  private static byte[] wire(WireWrites writes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      writes.write(new Wire(new DataOutputStream(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  /** The SSH wire format: big-endian uint32 lengths before byte strings. */
  private record Wire(DataOutputStream out) {
    Wire raw(byte[] value) throws IOException {
      out.write(value);
      return this;
    }

    Wire uint32(int value) throws IOException {
      out.writeInt(value);
      return this;
    }

    Wire bytes(byte[] value) throws IOException {
      out.writeInt(value.length);
      out.write(value);
      return this;
    }

    Wire string(String value) throws IOException {
      return bytes(value.getBytes(StandardCharsets.UTF_8));
    }
  }
}
