package app.dossier.service;

import static app.dossier.service.ReadOnlyMedia.OWNER_MAY_WRITE;
import static app.dossier.service.ReadOnlyMedia.makeReadOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.dossier.domain.BusinessProfile;
import app.dossier.domain.DossierException;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Refusal;
import app.dossier.tree.CaseFileTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The buyer's business profile: kept in the database and in the case files, read back exactly, rebuilt. */
class ProfileServiceTest {
    static final BusinessProfile MAI = new BusinessProfile("Nguyễn Thị Mai", "Công ty TNHH Mai Home",
            "0903 123 456 · mai@maihome.vn", "maihome_vn", "梅家居");

    @TempDir
    Path temp;

    private Path profileFile(Workspace w) {
        return w.root().resolve(CaseFileTree.BUSINESS_PROFILE_JSON);
    }

    @Test
    void aProfileNeverSetIsEmptyAndNoFileIsWritten() {
        try (Workspace w = new Workspace(temp)) {
            assertThat(w.services().profile().profile()).isEqualTo(BusinessProfile.empty());
            assertThat(w.services().profile().profile().isEmpty()).isTrue();
            assertThat(profileFile(w)).doesNotExist();
        }
    }

    @Test
    void vietnameseAndChineseAreKeptExactlyInTheDatabaseAndTheCaseFiles() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            BusinessProfile saved = w.services().profile().save(MAI);
            assertThat(saved).isEqualTo(MAI);

            w.reopen();
            assertThat(w.services().profile().profile()).isEqualTo(MAI);
            String json = Files.readString(profileFile(w), StandardCharsets.UTF_8);
            assertThat(json).contains("\"format\": \"dossier-business-profile/1\"", "\"name\": \"Nguyễn Thị Mai\"",
                    "\"company\": \"Công ty TNHH Mai Home\"", "\"memberName\": \"maihome_vn\"",
                    "\"wechatId\": \"梅家居\"").doesNotContain("\"empty\"");
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems())
                    .as("business-profile.json is Dossier's own file, not a stray").isEmpty();
        }
    }

    @Test
    void textIsTrimmedAndAFieldLeftEmptyIsCleared() {
        try (Workspace w = new Workspace(temp)) {
            w.services().profile().save(MAI);
            BusinessProfile kept = w.services().profile().save(new BusinessProfile("  Nguyễn Thị Mai ", "", MAI.contact(),
                    null, "   "));
            assertThat(kept).isEqualTo(new BusinessProfile("Nguyễn Thị Mai", null, MAI.contact(), null, null));
            assertThat(w.services().profile().profile()).isEqualTo(kept);

            w.services().profile().save(BusinessProfile.empty());
            assertThat(w.services().profile().profile().isEmpty()).isTrue();
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void aFieldTooLongIsRefusedByTheRuleAndNothingChanges() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            w.services().profile().save(MAI);
            Snapshot before = Snapshot.of(w);
            BusinessProfile tooLong = new BusinessProfile(MAI.name(), MAI.company(), MAI.contact(), "m".repeat(101),
                    MAI.wechatId());

            assertThatThrownBy(() -> w.services().profile().save(tooLong)).isInstanceOf(InvalidInputException.class)
                    .hasMessage(Refusal.TEXT_TOO_LONG.with("Your 1688 member name", 100, 101).english());
            assertThatThrownBy(() -> w.services().profile().save(new BusinessProfile("Mai\nHome", null, null, null,
                    null))).hasMessage(Refusal.TEXT_HAS_LINE_BREAK.with("Your name").english());
            assertThat(Snapshot.of(w)).isEqualTo(before);
        }
    }

    @Test
    void aFailureAtAnyStepLeavesTheProfileBefore() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            w.services().profile().save(MAI);
            w.faults().failAt(-1);
            w.services().profile().save(new BusinessProfile("Mai", null, null, null, null));
            int steps = w.faults().seen().size();
            w.services().profile().save(MAI);
            Snapshot before = Snapshot.of(w);
            for (int step = 0; step < steps; step++) {
                w.faults().failAt(step);
                assertThatThrownBy(() -> w.services().profile().save(new BusinessProfile("Mai", null, null, null, null)))
                        .isInstanceOf(DossierException.class).hasMessageContaining("Nothing was changed");
                assertThat(Snapshot.of(w)).as("failing at step " + step).isEqualTo(before);
            }
            w.faults().failAt(-1);
        }
    }

    @Test
    void aCrashAfterTheFileWasWrittenIsPutRightFromTheDatabase() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            w.services().profile().save(MAI);
            Snapshot before = Snapshot.of(w);
            w.faults().failAt(-1);
            w.services().profile().save(new BusinessProfile("Mai", null, null, null, null));
            int commit = w.faults().seen().indexOf("commit");
            w.services().profile().save(MAI);
            w.faults().crashAt(commit);
            assertThatThrownBy(() -> w.services().profile().save(new BusinessProfile("Mai", null, null, null, null)))
                    .isInstanceOf(InjectedFaults.SimulatedCrash.class);
            assertThat(Files.readString(profileFile(w))).doesNotContain("Nguyễn");

            w.restartAfterCrash();
            assertThat(w.services().recovered()).contains("Rewrote business-profile.json from the database.");
            assertThat(w.services().profile().profile()).isEqualTo(MAI);
            assertThat(Snapshot.of(w)).isEqualTo(before);
        }
    }

    @Test
    void rebuildingFromTheCaseFilesRestoresTheProfile() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            w.factory("义乌市佳美日用品有限公司");
            w.services().profile().save(MAI);
            w.closeServices();
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(w.location().databaseFile() + suffix));
            }

            RebuildReport report = w.composition().rebuild(w.location(), ProgressListener.NONE);

            assertThat(report.problems()).isEmpty();
            assertThat(report.factories()).isEqualTo(1);
            w.reopen();
            assertThat(w.services().profile().profile()).isEqualTo(MAI);
            assertThat(w.services().verify().verify(ProgressListener.NONE).consistent()).isTrue();
        }
    }

    @Test
    void anUnreadableProfileFileIsReportedByRebuildAndTheRestIsRestored() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            w.factory("义乌市佳美日用品有限公司");
            w.services().profile().save(MAI);
            w.closeServices();
            Files.writeString(profileFile(w), "{ not json");

            RebuildReport report = w.composition().rebuild(w.location(), ProgressListener.NONE);

            assertThat(report.factories()).isEqualTo(1);
            assertThat(report.problems()).singleElement().asString().contains(CaseFileTree.BUSINESS_PROFILE_JSON,
                    "not valid JSON", "Your business profile was not restored");
            w.reopen();
            assertThat(w.services().profile().profile().isEmpty()).isTrue();
        }
    }

    @Test
    void aReadOnlyDataFolderRefusesTheChange() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Workspace w = new Workspace(temp);
        Path data = w.location().dataFolder();
        try {
            w.services().profile().save(MAI);
            w.closeServices();
            makeReadOnly(data, true);
            w.reopenReadOnly(OWNER_MAY_WRITE);

            assertThat(w.services().profile().profile()).isEqualTo(MAI);
            assertThatThrownBy(() -> w.services().profile().save(new BusinessProfile("Mai", null, null, null, null)))
                    .isInstanceOf(DossierException.class)
                    // on a server, what a change writes first is its note beside the shared case files
                    .hasMessage(Refusal.DATA_FOLDER_READ_ONLY.with(w.location().onPostgres()
                            ? w.location().sharedFolder() : data).english());
        } finally {
            w.close();
            makeReadOnly(data, false);
        }
    }
}
