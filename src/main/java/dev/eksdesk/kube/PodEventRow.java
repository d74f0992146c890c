package dev.eksdesk.kube;

import java.time.Instant;

/** One event about a pod, as {@code kubectl describe pod} lists them. */
public record PodEventRow(
    String type, String reason, String message, int count, Instant lastSeen, String source) {}
