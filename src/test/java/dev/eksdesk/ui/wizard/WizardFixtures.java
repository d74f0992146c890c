package dev.eksdesk.ui.wizard;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.AccountVerifier;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.cost.CostEstimator;
import dev.eksdesk.domain.cost.PriceBook;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.plan.ClusterPlanner;
import java.util.ArrayList;
import java.util.List;

/** A wizard wired to the real catalog and price book, with recording collaborators. */
public final class WizardFixtures {
  static final InstanceCatalog CATALOG = InstanceCatalog.bundled();
  static final PriceBook PRICES = PriceBook.bundled();

  final List<ClusterSpec> created = new ArrayList<>();
  final List<AccountChoice> verified = new ArrayList<>();
  final List<String> saved = new ArrayList<>();
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
        (spec, account) -> created.add(spec));
  }
}
