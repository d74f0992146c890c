package dev.eksdesk.app.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %msg} with credentials masked (see logback.xml). */
public final class RedactedMessageConverter extends MessageConverter {
  @Override
  public String convert(ILoggingEvent event) {
    return SecretRedaction.redact(super.convert(event));
  }
}
