package dev.eksdesk.cli;

/** What a command prints: a table for people, JSON for scripts. */
public enum OutputFormat {
  text,
  json
}
