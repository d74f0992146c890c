package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.spec.SpecProblem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences shown right beside a field of the network page: its errors in plain words, each
 * subnet named as in the table, and what to do about them. Empty when the field is fine.
 */
final class FieldMessages {
  static final String VPC_CIDR = "network.vpcCidr";
  static final String SUBNETS = "network.subnets";

  static final String VPC_HINT =
      "Write the VPC block like 10.0.0.0/16: four numbers from 0 to 255, then a prefix from /16"
          + " to /28.";
  static final String SUBNETS_HINT =
      "Double-click a subnet's CIDR to give it a free block inside the VPC, or press Re-plan"
          + " subnets to carve them all again.";

  private static final Pattern SUBNET_INDEX = Pattern.compile("^network\\.subnets\\[(\\d+)]");

  private FieldMessages() {}

  /** The VPC block's errors, then how to write one. */
  static String vpcCidr(List<SpecProblem> problems) {
    List<String> errors =
        problems.stream()
            .filter(p -> p.isError() && p.path().equals(VPC_CIDR))
            .map(p -> sentence(p.message()))
            .toList();
    return errors.isEmpty() ? "" : String.join("\n", errors) + "\n" + VPC_HINT;
  }

  /**
   * The subnets' errors, each starting with the subnet it is about, then how to fix them.
   *
   * @param names the subnets' names in table order, for paths like network.subnets[2].cidr
   */
  static String subnets(List<SpecProblem> problems, List<String> names) {
    List<String> errors =
        problems.stream()
            .filter(p -> p.isError() && isSubnetPath(p.path()))
            .map(p -> subject(p.path(), names) + sentence(p.message()))
            .distinct()
            .toList();
    return errors.isEmpty() ? "" : String.join("\n", errors) + "\n" + SUBNETS_HINT;
  }

  private static boolean isSubnetPath(String path) {
    return path.equals(SUBNETS) || path.startsWith(SUBNETS + "[") || path.startsWith(SUBNETS + ".");
  }

  private static String subject(String path, List<String> names) {
    Matcher index = SUBNET_INDEX.matcher(path);
    if (index.find()) {
      int i = Integer.parseInt(index.group(1));
      if (i < names.size()) {
        return "Subnet " + names.get(i) + ": ";
      }
    }
    return "";
  }

  /** Starts with a capital and ends with a full stop, as a sentence beside a field should. */
  private static String sentence(String message) {
    String text = message.strip();
    if (text.isEmpty()) {
      return text;
    }
    if (Character.isLowerCase(text.charAt(0))) {
      text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
    return text.endsWith(".") || text.endsWith("?") ? text : text + ".";
  }
}
