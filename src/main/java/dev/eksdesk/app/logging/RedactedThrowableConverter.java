package dev.eksdesk.app.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** Stack traces with credentials masked: SDK exceptions may quote a request (see logback.xml). */
public final class RedactedThrowableConverter extends ExtendedThrowableProxyConverter {
  @Override
  protected String throwableProxyToString(IThrowableProxy proxy) {
    return SecretRedaction.redact(super.throwableProxyToString(proxy));
  }
}
