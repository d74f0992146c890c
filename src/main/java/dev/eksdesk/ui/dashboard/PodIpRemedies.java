package dev.eksdesk.ui.dashboard;

/**
 * What the Pod IPs advice cards' buttons start: prefix delegation here, the Calico swap on the
 * Nodes & Pods screen (whose panel runs its preflight).
 */
public record PodIpRemedies(PrefixDelegationViewModel prefixDelegation, Runnable openCniSwap) {}
