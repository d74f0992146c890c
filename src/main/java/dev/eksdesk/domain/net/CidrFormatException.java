package dev.eksdesk.domain.net;

/** A CIDR block that cannot be read; the message says what is wrong and how to write it. */
public final class CidrFormatException extends IllegalArgumentException {
  public CidrFormatException(String message) {
    super(message);
  }
}
