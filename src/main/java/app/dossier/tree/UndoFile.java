package app.dossier.tree;

import app.dossier.domain.Correction;
import app.dossier.domain.Money;
import app.dossier.domain.UndoStep;
import app.dossier.files.AtomicFile;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The steps that can be undone and redone, kept in {@code <data folder>/undo.json} so that the command
 * line undoes what the window did and the other way round: {@code {"format": "dossier-undo/1", "undo":
 * […], "redo": […]}}, oldest first, each step {@code {"what": "EDIT_PAYMENT", "correction": {"type":
 * "PutPaymentBack", …}}}. Outside the case-files tree, so verify and rebuild never read it.
 */
public final class UndoFile {
    /** Its name in the data folder. */
    public static final String FILE = "undo.json";
    static final String FORMAT = "dossier-undo/1";

    private final ObjectMapper mapper;

    public UndoFile() {
        SimpleModule money = new SimpleModule("money");
        money.addSerializer(Money.class, new CaseJson.MoneyWriter());
        money.addDeserializer(Money.class, new CaseJson.MoneyReader());
        JsonMapper jsonMapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(money)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .addMixIn(Correction.class, Corrections.class)
                .build();
        jsonMapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        this.mapper = jsonMapper;
    }

    /** The steps as the file holds them. */
    public record Steps(String format, List<UndoStep> undo, List<UndoStep> redo) {
        public Steps {
            undo = undo == null ? List.of() : List.copyOf(undo);
            redo = redo == null ? List.of() : List.copyOf(redo);
        }

        public Steps(List<UndoStep> undo, List<UndoStep> redo) {
            this(FORMAT, undo, redo);
        }
    }

    /**
     * The steps in {@code file}; empty when there is none, or it cannot be read (a step that cannot be
     * undone any more is nothing to stop the records opening for).
     */
    public Optional<Steps> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Steps steps = mapper.readValue(Files.readAllBytes(file), Steps.class);
            return FORMAT.equals(steps.format()) ? Optional.of(steps) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Writes the steps through a temp file, fsync and one rename. */
    public void write(Path file, Steps steps) throws IOException {
        AtomicFile.write(file, (mapper.writeValueAsString(steps) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Correction.PutPaymentBack.class, name = "PutPaymentBack"),
        @JsonSubTypes.Type(value = Correction.RemovePayment.class, name = "RemovePayment"),
        @JsonSubTypes.Type(value = Correction.RecordPaymentAgain.class, name = "RecordPaymentAgain"),
        @JsonSubTypes.Type(value = Correction.MoveFileBack.class, name = "MoveFileBack"),
        @JsonSubTypes.Type(value = Correction.PutCaptionBack.class, name = "PutCaptionBack"),
        @JsonSubTypes.Type(value = Correction.TrashFiles.class, name = "TrashFiles"),
        @JsonSubTypes.Type(value = Correction.RestoreFiles.class, name = "RestoreFiles"),
        @JsonSubTypes.Type(value = Correction.PutOrderBack.class, name = "PutOrderBack"),
        @JsonSubTypes.Type(value = Correction.PutFactoryBack.class, name = "PutFactoryBack"),
        @JsonSubTypes.Type(value = Correction.NameDefectsAgain.class, name = "NameDefectsAgain"),
        @JsonSubTypes.Type(value = Correction.PutStepBack.class, name = "PutStepBack"),
        @JsonSubTypes.Type(value = Correction.UnarchiveOrder.class, name = "UnarchiveOrder"),
        @JsonSubTypes.Type(value = Correction.ArchiveOrderAgain.class, name = "ArchiveOrderAgain"),
        @JsonSubTypes.Type(value = Correction.UnarchiveFactory.class, name = "UnarchiveFactory"),
        @JsonSubTypes.Type(value = Correction.ArchiveFactoryAgain.class, name = "ArchiveFactoryAgain")
    })
    private interface Corrections {
    }
}
