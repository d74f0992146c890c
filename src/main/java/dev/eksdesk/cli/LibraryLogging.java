package dev.eksdesk.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * On the command line, what libraries log (fabric8's retries and stack traces, the AWS SDK's
 * warnings, through SLF4J to logback) goes to {@code EKSDESK_HOME/logs/cli.log}: stdout carries
 * only the command's result, stderr only what the command itself says.
 */
public final class LibraryLogging {
  static final String FILE = "cli.log";

  private LibraryLogging() {}

  /** Replaces the console logging of logback.xml with the log file under {@code home}. */
  public static void toFile(Path home) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another SLF4J binding: it is configured by its own files
    }
    context.reset();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{36} - %msg%n");
    encoder.start();
    FileAppender<ILoggingEvent> file = new FileAppender<>();
    file.setContext(context);
    file.setName("file");
    file.setFile(home.resolve("logs").resolve(FILE).toString());
    file.setEncoder(encoder);
    file.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(file);
    context.getLogger("dev.eksdesk").setLevel(Level.INFO);
    context.getLogger("io.vertx").setLevel(Level.ERROR);
  }
}
