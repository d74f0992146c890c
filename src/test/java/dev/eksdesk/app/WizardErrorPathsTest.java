package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.aws.ApiCallCounter;
import dev.eksdesk.cloud.aws.AwsClients;
import dev.eksdesk.cloud.aws.AwsConfigLocations;
import dev.eksdesk.cloud.aws.MotoServer;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.ui.fx.FxThreadWatchdog;
import dev.eksdesk.ui.fx.Themes;
import dev.eksdesk.ui.wizard.AccountMode;
import dev.eksdesk.ui.wizard.SpecFilePicker;
import dev.eksdesk.ui.wizard.SubnetRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.model.AccessKey;

/**
 * The wizard's error paths as a person meets them in the real window (the app's {@link Workbench}
 * on a temporary data folder and a temporary AWS config folder): a malformed VPC block and
 * overlapping subnets, a spec file with a typo or that is no YAML at all, and a Verify that cannot
 * reach its endpoint or whose keys are refused. Each says what is wrong and what to do where the
 * user looks, Next waits, and nothing the user typed is lost or written to disk.
 */
@ExtendWith({ApplicationExtension.class, FxThreadWatchdog.class})
class WizardErrorPathsTest {
  private static final long WAIT_SECONDS = 60;
  private static final String TYPED_KEY_ID = "AKIATYPEDBYTHEUSER01";
  private static final String TYPED_SECRET = "typed-secret-4c1d9e-never-on-disk";

  /** moto checks signatures and policies after the first two requests (the user and its key). */
  @RegisterExtension
  static final MotoServer MOTO = new MotoServer(Map.of("INITIAL_NO_AUTH_ACTION_COUNT", "2"));

  private static AccessKey anasKey;

  @TempDir Path temp;
  private Path dataHome;
  private Path userHome;
  private String credentialsBefore;
  private final AtomicReference<Path> pickedFile = new AtomicReference<>();
  private Workbench workbench;

  @BeforeAll
  static void aUserWhoseKeysWork() {
    try (AwsClients admin =
        new AwsClients(MOTO.settings(Region.EU_CENTRAL_1), new ApiCallCounter())) {
      admin.iam().createUser(r -> r.userName("ana"));
      anasKey = admin.iam().createAccessKey(r -> r.userName("ana")).accessKey();
    }
  }

  @Start
  void start(Stage stage) throws IOException {
    dataHome = Files.createDirectories(temp.resolve("eksdesk"));
    userHome = Files.createDirectories(temp.resolve("home"));
    Path aws = Files.createDirectories(userHome.resolve(".aws"));
    credentialsBefore =
        "[ana]\naws_access_key_id = "
            + anasKey.accessKeyId()
            + "\naws_secret_access_key = "
            + anasKey.secretAccessKey()
            + "\n";
    Files.writeString(aws.resolve("credentials"), credentialsBefore);
    Files.writeString(aws.resolve("config"), "[profile ana]\nregion = eu-central-1\n");

    SpecFilePicker picker =
        new SpecFilePicker() {
          @Override
          public Optional<Path> fileToLoad(Window owner) {
            return Optional.ofNullable(pickedFile.get());
          }

          @Override
          public Optional<Path> fileToSave(Window owner, String suggestedName) {
            return Optional.empty();
          }
        };
    Themes.apply(false);
    workbench = new Workbench(dataHome, AwsConfigLocations.resolve(Map.of(), userHome), picker);
    Scene scene = new Scene(workbench.root(), 1280, 1150);
    Themes.addAppStylesheet(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  @Test
  void aBadVpcBlockOrSubnetIsExplainedBesideItsFieldAndHoldsNextUntilFixed(FxRobot robot)
      throws Exception {
    replaceText(robot, "#cluster-name", "shop-api");
    robot.clickOn("#wizard-next");
    robot.clickOn("#nat-per-zone");
    replaceText(robot, "#ssh-ingress", "198.51.100.7/32");
    assertThat(nextDisabled(robot)).isFalse();
    assertThat(shown(robot, "#vpc-cidr-message")).isFalse();

    replaceText(robot, "#vpc-cidr", "10.0.0.0/33");
    assertThat(text(robot, "#vpc-cidr-message"))
        .contains("'10.0.0.0/33': the prefix length must be from 0 to 32, not 33.")
        .contains("Write the VPC block like 10.0.0.0/16");
    assertThat(shown(robot, "#vpc-cidr-message")).isTrue();
    assertRightUnder(robot, "#vpc-cidr", "#vpc-cidr-message");
    assertThat(nextDisabled(robot)).isTrue();
    assertThat(shown(robot, "#wizard-blocked")).isTrue();
    assertThat(text(robot, "#wizard-blocked")).isEqualTo("Fix the marked fields to go on.");

    replaceText(robot, "#vpc-cidr", "10.0.0/16");
    assertThat(text(robot, "#vpc-cidr-message"))
        .contains("'10.0.0/16': an IPv4 address has four numbers separated by dots.")
        .contains("Write the VPC block like 10.0.0.0/16");
    assertThat(nextDisabled(robot)).isTrue();

    replaceText(robot, "#vpc-cidr", "10.0.0.0/16");
    assertThat(shown(robot, "#vpc-cidr-message")).isFalse();
    assertThat(nextDisabled(robot)).isFalse();
    assertThat(shown(robot, "#wizard-blocked")).isFalse();

    String publicA = subnetCidr(robot, "public-a");
    editSubnet(robot, "private-a", "10.0.0.0/25");
    assertThat(text(robot, "#subnets-message"))
        .contains("Subnet private-a: 10.0.0.0/25 overlaps public-a (" + publicA + ").")
        .contains("Double-click a subnet's CIDR");
    assertThat(shown(robot, "#subnets-message")).isTrue();
    assertRightUnder(robot, "#subnets", "#subnets-message");
    assertThat(nextDisabled(robot)).isTrue();

    editSubnet(robot, "private-a", "192.168.0.0/20");
    assertThat(text(robot, "#subnets-message"))
        .contains(
            "Subnet private-a: 192.168.0.0/20 lies outside the VPC 10.0.0.0/16; pick a block"
                + " inside it.");
    assertThat(nextDisabled(robot)).isTrue();

    editSubnet(robot, "private-a", "10.0.64.0/20");
    assertThat(shown(robot, "#subnets-message")).isFalse();
    assertThat(nextDisabled(robot)).isFalse();

    // Nothing typed elsewhere was lost on the way.
    assertThat(text(robot, "#ssh-ingress")).isEqualTo("198.51.100.7/32");
    assertThat(fx(() -> robot.lookup("#nat-per-zone").queryAs(RadioButton.class).isSelected()))
        .isTrue();
    assertThat(subnetCidr(robot, "private-a")).isEqualTo("10.0.64.0/20");
    assertThat(subnetCidr(robot, "public-a")).isEqualTo(publicA);
    robot.clickOn("#wizard-back");
    assertThat(text(robot, "#cluster-name")).isEqualTo("shop-api");
    robot.clickOn("#wizard-next");
    robot.clickOn("#wizard-next");
    assertThat(fx(() -> workbench.wizard().pageProperty().get().title())).isEqualTo("Nodes");
    ClusterSpec spec = fx(() -> workbench.wizard().specProperty().get());
    assertThat(spec.name()).isEqualTo("shop-api");
    assertThat(spec.network().vpcCidr()).isEqualTo("10.0.0.0/16");
    assertThat(spec.network().bastion().sshIngressCidr()).isEqualTo("198.51.100.7/32");
  }

  @Test
  void aSpecFileWithATypoOrThatIsNotYamlIsRefusedByFileLineAndKeyAndTheDraftIsKept(FxRobot robot)
      throws Exception {
    replaceText(robot, "#cluster-name", "shop-api");
    robot.clickOn("#wizard-next");
    robot.clickOn("#wizard-next");
    robot.clickOn("#wizard-next");
    WaitForAsyncUtils.waitFor(
        WAIT_SECONDS, TimeUnit.SECONDS, () -> !text(robot, "#plan-summary").isEmpty());
    String estimate = text(robot, "#estimate-total");
    ClusterSpec draft = fx(() -> workbench.wizard().specProperty().get());
    assertThat(estimate).startsWith("$");

    Path typo = temp.resolve("typo.yaml");
    Files.writeString(
        typo,
        "name: from-file\n"
            + "region: eu-central-1\n"
            + "nodeGroup: { desiredSize: 2, instanceTyp: t3.small }\n");
    String typoMessage = loadSpec(robot, typo);
    assertThat(typoMessage)
        .contains(typo.toString())
        .contains("line 3")
        .contains("unknown key 'instanceTyp'; did you mean 'instanceType'?")
        .contains("Nothing was changed");
    assertThat(fileMessageIsAnError(robot)).isTrue();
    assertReadable(robot, "#load-spec");

    Path image = temp.resolve("diagram.yaml");
    Files.write(
        image, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    String imageMessage = loadSpec(robot, image);
    assertThat(imageMessage)
        .contains(image.toString())
        .contains("line 1")
        .contains("not valid YAML")
        .contains("Nothing was changed")
        .doesNotContain("org.yaml")
        .doesNotContain("Exception");
    assertThat(fileMessageIsAnError(robot)).isTrue();

    Path notes = temp.resolve("notes.yaml");
    Files.writeString(notes, "Remember to ask Ana about the VPC\n");
    assertThat(loadSpec(robot, notes))
        .contains(notes.toString())
        .contains("line 1")
        .contains("this is not a cluster spec")
        .contains("Nothing was changed")
        .doesNotContain("dev.eksdesk");
    assertThat(fileMessageIsAnError(robot)).isTrue();

    // The draft is the one the user built, on this page and on the earlier ones.
    assertThat(text(robot, "#estimate-total")).isEqualTo(estimate);
    assertThat(fx(() -> workbench.wizard().specProperty().get())).isEqualTo(draft);
    robot.clickOn("#wizard-back");
    assertThat(text(robot, "#node-type")).isEqualTo(draft.nodeGroup().instanceType());
    robot.clickOn("#wizard-back");
    robot.clickOn("#wizard-back");
    assertThat(text(robot, "#cluster-name")).isEqualTo("shop-api");

    // A good file through the same button does replace the draft.
    robot.clickOn("#wizard-next");
    robot.clickOn("#wizard-next");
    robot.clickOn("#wizard-next");
    Path good = temp.resolve("good.yaml");
    Files.writeString(good, SpecYaml.write(DefaultSpecs.forName("from-file")));
    assertThat(loadSpec(robot, good)).isEqualTo("Loaded " + good);
    assertThat(fileMessageIsAnError(robot)).isFalse();
    robot.clickOn("#wizard-back");
    robot.clickOn("#wizard-back");
    robot.clickOn("#wizard-back");
    assertThat(text(robot, "#cluster-name")).isEqualTo("from-file");
  }

  @Test
  void verifyAgainstAnEndpointWhereNothingListensSaysSoAndHoldsNext(FxRobot robot)
      throws Exception {
    assertThat(nextDisabled(robot)).as("the Sandbox needs no Verify").isFalse();
    chooseAccount(robot, AccountMode.KEYS);
    assertThat(nextDisabled(robot)).isTrue();
    assertThat(text(robot, "#wizard-blocked")).contains("Press Verify");
    replaceText(robot, "#access-key-id", TYPED_KEY_ID);
    replaceText(robot, "#secret-key", TYPED_SECRET);
    replaceText(robot, "#endpoint", "http://127.0.0.1:" + closedPort());

    String message = verify(robot);

    assertThat(message)
        .contains("Nothing answers at the endpoint override (Connection refused).")
        .contains("Check that the emulator runs at that address and port")
        .doesNotContain("SDK Attempt Count");
    assertThat(verifyMessageIsAnError(robot)).isTrue();
    assertReadable(robot, "#verify");
    assertThat(nextDisabled(robot)).isTrue();
    assertThat(text(robot, "#wizard-blocked")).contains("Press Verify");
    assertThat(text(robot, "#access-key-id")).isEqualTo(TYPED_KEY_ID);
    assertTypedKeysAreNowhereOnDisk();
  }

  @Test
  void verifyWithKeysTheEndpointRefusesSaysSoAndHoldsNextUntilAProfileThatWorks(FxRobot robot)
      throws Exception {
    chooseAccount(robot, AccountMode.KEYS);
    replaceText(robot, "#access-key-id", TYPED_KEY_ID);
    replaceText(robot, "#secret-key", TYPED_SECRET);
    replaceText(robot, "#endpoint", MOTO.endpoint().toString());

    String refused = verify(robot);

    assertThat(refused)
        .contains("The endpoint override did not accept these credentials (HTTP 403).")
        .contains("Enter current access keys")
        .doesNotContain("Request ID");
    assertThat(verifyMessageIsAnError(robot)).isTrue();
    assertThat(nextDisabled(robot)).isTrue();
    assertTypedKeysAreNowhereOnDisk();

    // The profiles offered are the temporary home's, and one whose keys work lets the user on.
    chooseAccount(robot, AccountMode.PROFILE);
    assertThat(text(robot, "#verify-message")).isEmpty();
    assertThat(fx(() -> List.copyOf(robot.lookup("#profile").queryComboBox().getItems())))
        .containsExactly("ana");
    robot.clickOn(robot.lookup("#profile .arrow-button").queryAs(Node.class));
    robot.clickOn(choice(robot, "ana"));
    assertThat(text(robot, "#endpoint")).isEqualTo(MOTO.endpoint().toString());

    String accepted = verify(robot);

    assertThat(accepted).contains("Account " + MotoServer.ACCOUNT_ID).contains("user/ana");
    assertThat(verifyMessageIsAnError(robot)).isFalse();
    assertThat(nextDisabled(robot)).isFalse();
    assertTypedKeysAreNowhereOnDisk();
  }

  /** Neither the data folder nor the AWS config folder holds the typed keys; nothing was saved. */
  private void assertTypedKeysAreNowhereOnDisk() throws IOException {
    assertThat(Files.readString(userHome.resolve(".aws/credentials"))).isEqualTo(credentialsBefore);
    try (Stream<Path> files = Files.walk(temp)) {
      files
          .filter(Files::isRegularFile)
          .forEach(
              file -> {
                String content;
                try {
                  content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                assertThat(content)
                    .as(file.toString())
                    .doesNotContain(TYPED_SECRET)
                    .doesNotContain(TYPED_KEY_ID);
              });
    }
  }

  private void chooseAccount(FxRobot robot, AccountMode mode) throws Exception {
    robot.clickOn("#account-mode");
    robot.clickOn(choice(robot, mode.toString()));
    assertThat(
            fx(
                () ->
                    ((ComboBox<?>) robot.lookup("#account-mode").queryAs(ComboBox.class))
                        .getValue()))
        .isEqualTo(mode);
  }

  /** The entry of the open drop-down list that reads {@code text}. */
  private static Node choice(FxRobot robot, String text) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    return fx(
        () ->
            robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> text.equals(cell.getText()))
                .filter(cell -> cell.getScene().getWindow() instanceof PopupWindow)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no drop-down entry " + text)));
  }

  /** Presses Verify and waits for its answer, which comes from a background thread. */
  private String verify(FxRobot robot) throws Exception {
    robot.clickOn("#verify");
    WaitForAsyncUtils.waitFor(
        WAIT_SECONDS,
        TimeUnit.SECONDS,
        () -> {
          String shown = text(robot, "#verify-message");
          return !shown.isEmpty()
              && !shown.equals("Checking…")
              && !fx(() -> robot.lookup("#verify").queryAs(Button.class).isDisabled());
        });
    return text(robot, "#verify-message");
  }

  private boolean verifyMessageIsAnError(FxRobot robot) throws Exception {
    return fx(
        () -> robot.lookup("#verify-message").query().getStyleClass().contains("field-error"));
  }

  /** Presses Load spec, the picker answering {@code file}, and waits for the file's message. */
  private String loadSpec(FxRobot robot, Path file) throws Exception {
    pickedFile.set(file);
    // the Review page's buttons sit below its plan and posture: scrolled to as a user would
    robot.interact(
        () -> {
          javafx.scene.Node node = robot.lookup("#load-spec").query();
          while (node != null && !(node instanceof javafx.scene.control.ScrollPane)) {
            node = node.getParent();
          }
          if (node instanceof javafx.scene.control.ScrollPane scroll) {
            scroll.setVvalue(scroll.getVmax());
          }
        });
    robot.clickOn("#load-spec");
    WaitForAsyncUtils.waitFor(
        WAIT_SECONDS,
        TimeUnit.SECONDS,
        () -> text(robot, "#file-message").contains(file.toString()));
    return text(robot, "#file-message");
  }

  private boolean fileMessageIsAnError(FxRobot robot) throws Exception {
    return fx(() -> robot.lookup("#file-message").query().getStyleClass().contains("field-error"));
  }

  /** Selects the field's text as Ctrl+A would and types over it, key by key. */
  private static void replaceText(FxRobot robot, String query, String text) {
    TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
    robot.clickOn(field);
    robot.interact(field::selectAll);
    robot.write(text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * Double-clicks a subnet's CIDR cell, selects the editor's text as Ctrl+A would (a double-click
   * on a cell already being edited selects one word only), types the new block and presses Enter.
   */
  private void editSubnet(FxRobot robot, String subnet, String cidr) throws Exception {
    robot.doubleClickOn(fx(() -> cidrCell(robot, subnet)));
    AtomicReference<TextField> editor = new AtomicReference<>();
    WaitForAsyncUtils.waitFor(
        WAIT_SECONDS,
        TimeUnit.SECONDS,
        () ->
            fx(
                () ->
                    cidrCell(robot, subnet).getGraphic() instanceof TextField field
                        && field.isFocused()
                        && editor.compareAndSet(null, field)));
    robot.interact(editor.get()::selectAll);
    robot.write(cidr);
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(
        WAIT_SECONDS, TimeUnit.SECONDS, () -> subnetCidr(robot, subnet).equals(cidr));
  }

  private String subnetCidr(FxRobot robot, String subnet) throws Exception {
    return fx(() -> cidrCell(robot, subnet).getText());
  }

  private static TableCell<?, ?> cidrCell(FxRobot robot, String subnet) {
    TableRow<?> row =
        robot.lookup("#subnets .table-row-cell").queryAllAs(TableRow.class).stream()
            .filter(r -> r.getItem() instanceof SubnetRow s && s.name().equals(subnet))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no subnet row " + subnet));
    return robot.from(row).lookup(".table-cell").queryAllAs(TableCell.class).stream()
        .filter(c -> c.getTableColumn().getText().startsWith("CIDR"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no CIDR cell for " + subnet));
  }

  /** A long message beside a button does not squeeze the button's own label into "...". */
  private static void assertReadable(FxRobot robot, String buttonQuery) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    double[] widths =
        fx(
            () -> {
              Button button = robot.lookup(buttonQuery).queryButton();
              return new double[] {button.getWidth(), button.prefWidth(-1)};
            });
    assertThat(widths[0]).as(buttonQuery + " width").isGreaterThanOrEqualTo(widths[1] - 0.5);
  }

  /** The message sits right under its field: below it, less than a line's height away. */
  private static void assertRightUnder(FxRobot robot, String fieldQuery, String messageQuery)
      throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    Bounds[] bounds =
        fx(
            () -> {
              Node field = robot.lookup(fieldQuery).query();
              Node message = robot.lookup(messageQuery).query();
              return new Bounds[] {
                field.localToScene(field.getLayoutBounds()),
                message.localToScene(message.getLayoutBounds())
              };
            });
    double gap = bounds[1].getMinY() - bounds[0].getMaxY();
    assertThat(gap)
        .as("%s at %s, its message at %s", fieldQuery, bounds[0], bounds[1])
        .isBetween(0.0, 24.0);
    assertThat(bounds[1].getMinX()).isLessThan(bounds[0].getMaxX());
  }

  private static boolean nextDisabled(FxRobot robot) throws Exception {
    return fx(() -> robot.lookup("#wizard-next").queryAs(Button.class).isDisabled());
  }

  private static boolean shown(FxRobot robot, String query) throws Exception {
    return fx(
        () -> {
          Node node = robot.lookup(query).query();
          return node.isVisible() && node.isManaged() && node.getScene() != null;
        });
  }

  private static String text(FxRobot robot, String query) throws Exception {
    return fx(
        () -> {
          Node node = robot.lookup(query).query();
          if (node instanceof TextInputControl input) {
            return input.getText();
          }
          return ((Label) node).getText();
        });
  }

  private static <T> T fx(Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
