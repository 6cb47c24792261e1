package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.cli.DossierCommand;
import app.dossier.domain.Refusal;
import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line refuses what the window refuses, in the same words, and says what it needs. */
@Tag("slow")
class RulesCommandTest {
    private static final String ORDER = "2837461920384756123";

    @TempDir
    Path temp;

    private Path data;



    private CommandRun dossier(String... args) {
        return CommandRun.on(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), args);
    }

    @BeforeEach
    void dataFolder() {
        data = temp.resolve("D");
    }

    @Test
    void theFactoryToldBeforeTheGoodsArrivedIsRefusedWithTheWindowsRefusal() {
        dossier("sample");
        CommandRun refused = dossier("receive", ORDER, "--arrived-at", "2026-10-03 09:40", "--units-received", "180",
                "--inspected-by", "Hùng", "--notified-at", "2026-10-02 17:00");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo(Refusal.NOTIFIED_BEFORE_ARRIVAL
                .with("2026-10-02 17:00", "2026-10-03 09:40").english());
        assertThat(dossier("show", ORDER).out()).contains("2026-10-03 15:20").doesNotContain("2026-10-02 17:00");
    }

    @Test
    void aReceivingRecordNeedsTheInspectorsNameAsInTheWindow() {
        dossier("sample");
        CommandRun refused = dossier("receive", ORDER, "--arrived-at", "2026-10-03 09:40", "--units-received", "180");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("Missing required option: '--inspected-by=NAME'");

        CommandRun blank = dossier("receive", ORDER, "--arrived-at", "2026-10-03 09:40", "--units-received", "180",
                "--inspected-by", " ");
        assertThat(blank.code()).isEqualTo(1);
        assertThat(blank.err().strip()).isEqualTo(Refusal.INSPECTOR_REQUIRED.with().english());
    }

    @Test
    void addOrderNamesEveryMissingOptionInOneMessage() {
        dossier("add-factory", "Xưởng Kim Long");
        CommandRun refused = dossier("add-order", "--factory", "Xưởng Kim Long", "--ordered-on", "2026-11-20");

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().lines().findFirst().orElseThrow()).contains("Missing required options:")
                .contains("--product=TEXT", "--quantity=N", "--unit-price=MONEY");
        assertThat(dossier("orders").out()).doesNotContain("Xưởng Kim Long");
    }

    @Test
    void aCaptionTooLongForTheCaseFileIsRefusedOnAttachAndNothingIsCopied() throws Exception {
        dossier("sample");
        Path photo = temp.resolve("pallet.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", photo.toFile());
        CommandRun refused = dossier("attach", ORDER, "receiving", photo.toString(), "--caption", "x".repeat(501));

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip())
                .isEqualTo("A caption can be at most 500 characters long; this one has 501. Shorten it.");
        assertThat(dossier("show", ORDER).out()).doesNotContain("pallet.png");
    }

    @Test
    void aDisputeStepDatedBeforeTheLastIsRefusedInTheWordsOfTheStepRule() {
        dossier("sample");
        CommandRun refused = dossier("dispute-step", ORDER, "sent", "--at", "2026-11-26 09:00");

        assertThat(refused.code()).isEqualTo(1);
        String english = Refusal.STEP_BEFORE_LAST.english();
        assertThat(refused.err().strip())
                .startsWith(english.substring(0, english.indexOf("{0}")) + "2026-11-26 09:00, before the last one (")
                .endsWith("). Check the date.");
        assertThat(dossier("dispute-step", ORDER, "sent").code()).as("dated now, it follows").isZero();
    }

    @Test
    void theHelpStarsWhatIsRequired() {
        CommandRun help = CommandRun.of(new Composition(Checkpoint.NONE, Workspace.CLOCK), "add-order", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out().lines().filter(l -> l.startsWith("*")).map(l -> l.substring(1).strip().split(" ")[0]))
                .containsExactlyInAnyOrder("--factory=FACTORY", "--ordered-on=DATE", "--product=TEXT", "--quantity=N",
                        "--unit-price=MONEY");
        assertThat(help.out()).contains("Marked * are required.");
        assertThat(CommandRun.of(new Composition(Checkpoint.NONE, Workspace.CLOCK), "receive", "--help").out().lines().filter(l -> l.startsWith("*")))
                .anyMatch(l -> l.contains("--inspected-by=NAME")).anyMatch(l -> l.contains("--arrived-at=DATETIME"))
                .noneMatch(l -> l.contains("--notified-at"));
    }

    @Test
    void helpOnEverySubcommandPrintsItsHelpInsteadOfAnError() {
        List<String> names = new CommandLine(new DossierCommand(null)).getSubcommands().keySet().stream()
                .filter(name -> !name.equals("help")).toList();
        assertThat(names).contains("attach", "receive", "add-order", "mark-defect", "verify-bag");
        for (String name : names) {
            CommandRun help = CommandRun.of(new Composition(Checkpoint.NONE, Workspace.CLOCK), name, "--help");
            assertThat(help.code()).as(name + ": " + help.err()).isZero();
            assertThat(help.err()).as(name).isEmpty();
            assertThat(help.out()).as(name).startsWith("Usage: dossier " + name);
        }
    }
}
