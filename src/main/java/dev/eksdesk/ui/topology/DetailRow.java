package dev.eksdesk.ui.topology;

/** One line of the details panel. */
public record DetailRow(String name, String value) {}
