package app.dossier.tree;

import app.dossier.domain.BusinessProfile;
import app.dossier.domain.CaseFile;
import app.dossier.domain.ConfirmedMessage;
import app.dossier.domain.Conversation;
import app.dossier.domain.DefectRegion;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.Money;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.Resolution;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;

/**
 * Reads and writes {@code case.json}, {@code factory.json} and {@code business-profile.json}: UTF-8,
 * pretty-printed with newlines only, fields in the records' own order, money as {"amount": "18.50", "currency": "CNY"},
 * a marked defect as {"left": 0.4120, "top": 0.3000, "width": 0.2500, "height": 0.1800}, a defect by
 * kind with the paths of the photos that show it (see {@link DefectPhotos}).
 */
public final class CaseJson {
    private final ObjectMapper mapper;

    public CaseJson() {
        SimpleModule money = new SimpleModule("money");
        money.addSerializer(Money.class, new MoneyWriter());
        money.addDeserializer(Money.class, new MoneyReader());
        money.addSerializer(DefectRegion.class, new RegionWriter());
        money.addDeserializer(DefectRegion.class, new RegionReader());
        money.addSerializer(ReceivingDefect.class, new DefectPhotos.Writer());
        money.addDeserializer(ReceivingDefect.class, new DefectPhotos.Reader());
        JsonMapper jsonMapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(money)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .addMixIn(CaseFile.class, CaseFileFields.class)
                .addMixIn(Evidence.class, EvidenceFields.class)
                .addMixIn(ReceivingRecord.class, ReceivingFields.class)
                .addMixIn(Conversation.class, ConversationFields.class)
                .addMixIn(BusinessProfile.class, ProfileFields.class)
                .build();
        jsonMapper.addMixIn(Resolution.class, ResolutionKinds.class);
        jsonMapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        jsonMapper.setDefaultPrettyPrinter(printer);
        this.mapper = jsonMapper;
    }

    public byte[] render(CaseFile caseFile) {
        try {
            String text = mapper.writer().withAttribute(DefectPhotos.FILES_BY_ID, DefectPhotos.filesById(caseFile))
                    .writeValueAsString(caseFile) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("records always serialize", e);
        }
    }

    public byte[] render(FactoryFile factoryFile) {
        return write(factoryFile);
    }

    public byte[] render(BusinessProfileFile profileFile) {
        return write(profileFile);
    }

    /** The case file; each defect's photos by the ids case.json gives their files. */
    public CaseFile readCase(Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            java.util.Map<String, Long> ids;
            try {
                ids = DefectPhotos.idsByFile(mapper.readTree(content));
            } catch (IOException | RuntimeException unreadable) {
                ids = java.util.Map.of(); // said below, where the reading fails again
            }
            return mapper.readerFor(CaseFile.class).withAttribute(DefectPhotos.IDS_BY_FILE, ids).readValue(content);
        } catch (IOException | RuntimeException e) {
            throw new DossierException("Cannot read " + file + ": " + reason(e) + ".", e);
        }
    }

    public FactoryFile readFactory(Path file) {
        return read(file, FactoryFile.class);
    }

    /** The record of a file in the trash ({@code trashed.json}). */
    public byte[] render(TrashRecord trashRecord) {
        return write(trashRecord);
    }

    public TrashRecord readTrash(Path file) {
        return read(file, TrashRecord.class);
    }

    public BusinessProfileFile readProfile(Path file) {
        return read(file, BusinessProfileFile.class);
    }

    /** True when the file holds the same records as {@code expected}, whatever its spacing. */
    public boolean sameContent(Path file, byte[] expected) {
        try {
            JsonNode onDisk = mapper.readTree(Files.readAllBytes(file));
            return onDisk.equals(mapper.readTree(expected));
        } catch (IOException e) {
            return false;
        }
    }

    private byte[] write(Object value) {
        try {
            String text = mapper.writeValueAsString(value) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("records always serialize", e);
        }
    }

    private <T> T read(Path file, Class<T> type) {
        try {
            return mapper.readValue(Files.readAllBytes(file), type);
        } catch (IOException | RuntimeException e) {
            throw new DossierException("Cannot read " + file + ": " + reason(e) + ".", e);
        }
    }

    /** Why a file could not be read, in words: where in it, not which Java class gave up. */
    static String reason(Exception e) {
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return "it is nested or sized far beyond any record";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getPath().isEmpty()
                && m.getProcessor() != null && String.valueOf(m.getMessage()).startsWith("No content")) {
            return "it is empty";
        }
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.length() == 0 ? "it does not hold the records of a case file"
                    : "the value of “" + path + "” is missing or not what it should be";
        }
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException) {
            return "it does not hold the records of a case file";
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException p) {
            var where = p.getLocation();
            return "it is not valid JSON" + (where == null || where.getLineNr() < 0 ? ""
                    : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")");
        }
        if (e instanceof IOException io) {
            return FileCopier.describe(io);
        }
        return "it does not hold the records of a case file";
    }

    /** Writes which kind of resolution a dispute proposes, so it can be read back. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Resolution.PartialRefund.class, name = "partialRefund"),
        @JsonSubTypes.Type(value = Resolution.Replacement.class, name = "replacement"),
        @JsonSubTypes.Type(value = Resolution.NextOrderDiscount.class, name = "nextOrderDiscount")
    })
    private interface ResolutionKinds {
    }

    /** A case file without chats is written as before there were chats, so its case.json does not change. */
    private abstract static class CaseFileFields {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<Conversation> conversations();

        /** Written only while the order is archived, so that other case.json files do not change. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract java.time.Instant archivedAt();
    }

    /**
     * A chat read from its file is written as before chats could be confirmed in a preview; one in a
     * single file, as before chats could come in pages; one kept before Dossier asked for the zone of
     * its times, without a zone. So older case.json files read, and are written, as they were.
     */
    private abstract static class ConversationFields {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<ConfirmedMessage> confirmed();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<Long> pages();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String zone();
    }

    /** A receiving record without defects by kind is written as before they existed, so its case.json does not change. */
    private abstract static class ReceivingFields {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<ReceivingDefect> defects();
    }

    /** A file without a marked defect is written as before marks existed, so its case.json does not change. */
    private abstract static class EvidenceFields {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract DefectRegion defectRegion();
    }

    /** A profile is its five fields; whether it is empty is worked out, not written. */
    private abstract static class ProfileFields {
        @JsonIgnore
        abstract boolean isEmpty();
    }

    /** Each fraction with exactly {@link DefectRegion#DECIMALS} decimals, in a fixed order. */
    private static final class RegionWriter extends JsonSerializer<DefectRegion> {
        @Override
        public void serialize(DefectRegion value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            gen.writeFieldName("left");
            gen.writeNumber(fixed(value.left()));
            gen.writeFieldName("top");
            gen.writeNumber(fixed(value.top()));
            gen.writeFieldName("width");
            gen.writeNumber(fixed(value.width()));
            gen.writeFieldName("height");
            gen.writeNumber(fixed(value.height()));
            gen.writeEndObject();
        }

        private static String fixed(double fraction) {
            return BigDecimal.valueOf(fraction).setScale(DefectRegion.DECIMALS, RoundingMode.HALF_UP).toPlainString();
        }
    }

    /**
     * A region that is not one (a value missing, outside the picture, edited by hand) reads as no
     * mark, rather than making the whole case file unreadable; verify then reports the case.json as
     * drifted from the database.
     */
    private static final class RegionReader extends JsonDeserializer<DefectRegion> {
        @Override
        public DefectRegion deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.getCodec().readTree(p);
            double[] values = new double[4];
            String[] names = {"left", "top", "width", "height"};
            for (int i = 0; i < names.length; i++) {
                JsonNode field = node == null ? null : node.get(names[i]);
                if (field == null || !field.isNumber()) {
                    return null;
                }
                values[i] = field.asDouble();
            }
            if (DefectRegion.problem(values[0], values[1], values[2], values[3]).isPresent()) {
                return null;
            }
            return new DefectRegion(values[0], values[1], values[2], values[3]);
        }
    }

    static final class MoneyWriter extends JsonSerializer<Money> {
        @Override
        public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("amount", value.amount().toPlainString());
            gen.writeStringField("currency", value.currencyCode());
            gen.writeEndObject();
        }
    }

    static final class MoneyReader extends JsonDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.getCodec().readTree(p);
            JsonNode amount = node.get("amount");
            JsonNode currency = node.get("currency");
            if (amount == null || currency == null) {
                throw ctxt.weirdStringException(node.toString(), Money.class, "needs amount and currency");
            }
            return new Money(new BigDecimal(amount.asText()), Currency.getInstance(currency.asText()));
        }
    }
}
