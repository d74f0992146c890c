package dev.eksdesk.ui.wizard;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.AccountVerifier;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.cost.CostEstimator;
import dev.eksdesk.domain.cost.PriceBook;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.diff.PlanRefusedException;
import dev.eksdesk.engine.plan.ClusterPlanner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A wizard wired to the real catalog and price book, with recording collaborators. */
public final class WizardFixtures {
  static final InstanceCatalog CATALOG = InstanceCatalog.bundled();
  static final PriceBook PRICES = PriceBook.bundled();

  final List<ClusterSpec> created = new ArrayList<>();
  final List<AccountChoice> verified = new ArrayList<>();
  final List<String> saved = new ArrayList<>();
  final List<PlanDiff> applied = new ArrayList<>();
  final List<Boolean> appliedAllowingReplace = new ArrayList<>();

  /** What the account answers for an edited spec. */
  interface DiffAnswer {
    PlanDiff answer(ClusterSpec spec, boolean allowReplace) throws PlanRefusedException;
  }

  /** No changes unless a test says otherwise. */
  DiffAnswer diffs = (spec, allowReplace) -> new PlanDiff(spec.name(), List.of());

  final ClusterChanges changes =
      new ClusterChanges() {
        @Override
        public PlanDiff diff(ClusterSpec spec, boolean allowReplace) throws PlanRefusedException {
          return diffs.answer(spec, allowReplace);
        }

        @Override
        public void apply(
            ClusterSpec spec,
            PlanDiff shown,
            boolean allowReplace,
            Consumer<PlanDiff> planChanged) {
          applied.add(shown);
          appliedAllowingReplace.add(allowReplace);
        }
      };
  AccountVerifier.Verification answer =
      new AccountVerifier.Verification(
          true, "123456789012", "arn:aws:iam::123456789012:user/dev", "");

  public WizardServices services() {
    AccountVerifier verifier =
        new AccountVerifier() {
          @Override
          public Verification verify(AccountChoice choice, String region, String endpoint) {
            verified.add(choice);
            return answer;
          }

          @Override
          public List<String> profiles() {
            return List.of("default", "dev-sso");
          }
        };
    return new WizardServices(
        CATALOG,
        new CostEstimator(CATALOG, PRICES),
        verifier,
        (profile, keys) -> saved.add(profile + "=" + keys.accessKeyId()),
        spec -> new ClusterPlanner(CATALOG).plan(spec, "203.0.113.10/32"),
        (spec, account) -> created.add(spec),
        changes);
  }
}
