package dev.eksdesk.cli.engine;

import dev.eksdesk.engine.diff.ChangeAction;
import dev.eksdesk.engine.diff.DiffSummary;
import dev.eksdesk.engine.diff.PlanDiff;
import java.util.List;
import java.util.Locale;

/**
 * {@code plan --output json}: the changes (unchanged steps only counted) and the summary, for
 * scripts and CI.
 */
record DiffJson(List<ChangeJson> changes, DiffSummary summary) {
  record ChangeJson(
      String step, String kind, String action, List<AttributeJson> attributes, String reason) {}

  record AttributeJson(String name, String from, String to) {}

  static DiffJson of(PlanDiff diff) {
    return new DiffJson(
        diff.changes().stream()
            .filter(c -> c.action() != ChangeAction.SAME)
            .map(
                c ->
                    new ChangeJson(
                        c.step(),
                        c.kind().name(),
                        c.action().name().toLowerCase(Locale.ROOT),
                        c.attributes().stream()
                            .map(a -> new AttributeJson(a.name(), a.from(), a.to()))
                            .toList(),
                        c.reason()))
            .toList(),
        diff.summary());
  }
}
