package app.dossier.ui.dispute;

import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Money;
import app.dossier.domain.MoneyParser;
import app.dossier.domain.Payment;
import app.dossier.domain.Resolution;
import app.dossier.domain.Text;
import app.dossier.service.DisputeDraft;
import app.dossier.ui.common.Texts;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The resolution the buyer proposes, as the seed lists them: a partial refund (an amount, shown with
 * its value in đồng), a replacement shipment (units), or a discount on the next order (an amount or a
 * percentage). Saving it drafts the message again, since the message asks for it.
 */
public final class ResolutionForm {
    /** The three resolutions, in the order they are offered. */
    public enum Kind { REFUND, REPLACEMENT, DISCOUNT }

    private static final Pattern UNITS = Pattern.compile("\\d{1,3}([.,' ]\\d{3})+|\\d+");
    private static final Pattern PERCENT = Pattern.compile("\\d+([.,]\\d+)?");

    private final DisputeWorkViewModel work;
    private final Texts texts;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.REFUND);
    private final StringProperty refund = new SimpleStringProperty("");
    private final StringProperty units = new SimpleStringProperty("");
    private final StringProperty discount = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper equivalent = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper proposed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper moneyHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** The values as loaded, to tell typing from what is saved. */
    private final ObjectProperty<Kind> loadedKind = new SimpleObjectProperty<>(Kind.REFUND);
    private final StringProperty loadedText = new SimpleStringProperty("");
    private final BooleanBinding changed = Bindings.createBooleanBinding(
            () -> kind.get() != loadedKind.get() || !Objects.equals(Text.clean(textOf(kind.get()).get()),
                    Text.clean(loadedText.get())),
            kind, refund, units, discount, loadedKind, loadedText);
    private Resolution stored;
    private Currency currency = Money.CNY;
    private List<Payment> payments = List.of();

    ResolutionForm(DisputeWorkViewModel work) {
        this.work = work;
        this.texts = work.texts();
        kind.addListener((o, was, now) -> check());
        refund.addListener((o, was, now) -> check());
        units.addListener((o, was, now) -> check());
        discount.addListener((o, was, now) -> check());
        notice.bind(Bindings.when(work.message().hasEditsProperty())
                .then(texts.get("dispute.resolution.replacesEdits")).otherwise(""));
    }

    // ---- what the view binds to

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The refund as typed: "¥425.50", "425,5", "1.553.075 ₫". */
    public StringProperty refundProperty() {
        return refund;
    }

    /** Units to ship again. */
    public StringProperty unitsProperty() {
        return units;
    }

    /** The discount on the next order: an amount ("¥200") or a percentage ("5%"). */
    public StringProperty discountProperty() {
        return discount;
    }

    /** Under the amounts: a plain number is in the order's currency, and the signs understood. */
    ReadOnlyStringProperty moneyHintProperty() {
        return moneyHint.getReadOnlyProperty();
    }

    /** "¥425.50 ≈ 1.553.075 ₫" while the refund typed can be read; empty otherwise. */
    public ReadOnlyStringProperty equivalentProperty() {
        return equivalent.getReadOnlyProperty();
    }

    /** Why what is typed cannot be saved, in words; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The refund the records support and how it is counted; empty when they support none. */
    public ReadOnlyStringProperty proposedProperty() {
        return proposed.getReadOnlyProperty();
    }

    /** The order's unit ("sets"), shown after the units field. */
    public ReadOnlyStringProperty unitNameProperty() {
        return unitName.getReadOnlyProperty();
    }

    /** Says that saving drafts the message again and drops edits made to it; empty when there are none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while what is typed differs from the resolution saved. */
    public BooleanBinding changedProperty() {
        return changed;
    }

    // ---- commands

    /** Saves the resolution; the service drafts the message again to ask for it. */
    public void save() {
        if (work.current() == null || busy.get()) {
            return;
        }
        Resolution resolution;
        try {
            resolution = typed();
        } catch (InvalidInputException e) {
            problem.set(e.getMessage());
            return;
        }
        boolean replacesEdits = work.message().hasEditsProperty().get();
        long id = work.disputeId();
        problem.set("");
        busy.set(true);
        work.run("", progress -> work.context().services().disputes().setResolution(id, resolution), saved -> {
            busy.set(false);
            work.changed(texts.get(replacesEdits ? "dispute.resolution.saved.editsReplaced"
                    : "dispute.resolution.saved", describe(resolution)));
        }, refused -> {
            busy.set(false);
            problem.set(refused);
        });
    }

    // ---- loading

    void load(DisputeDraft draft, boolean sameDispute) {
        currency = draft.caseFile().order().unitPrice().currency();
        moneyHint.set(app.dossier.ui.common.Formats.moneyHint(texts, currency));
        payments = draft.caseFile().payments();
        unitName.set(texts.words().unit(draft.facts().affectedUnits(), draft.caseFile().order().unit()));
        Resolution.PartialRefund supported = draft.proposedRefund();
        proposed.set(supported == null ? "" : texts.get("dispute.resolution.supported",
                texts.formats().money(supported.amount()),
                texts.formats().count(draft.facts().affectedUnits()),
                texts.words().unit(draft.facts().affectedUnits(), draft.caseFile().order().unit())));
        Resolution now = draft.dispute().resolution();
        if (sameDispute && Objects.equals(now, stored) && changed.get()) {
            check();
            return;
        }
        stored = now;
        refund.set(now instanceof Resolution.PartialRefund r ? texts.formats().money(r.amount())
                : supported != null ? texts.formats().money(supported.amount()) : "");
        long affected = draft.facts().affectedUnits();
        units.set(now instanceof Resolution.Replacement r ? Long.toString(r.units())
                : affected > 0 ? Long.toString(affected) : "");
        discount.set(now instanceof Resolution.NextOrderDiscount d ? discountText(d) : "");
        Kind loaded = now instanceof Resolution.Replacement ? Kind.REPLACEMENT
                : now instanceof Resolution.NextOrderDiscount ? Kind.DISCOUNT : Kind.REFUND;
        kind.set(loaded);
        loadedKind.set(loaded);
        loadedText.set(now == null ? "" : textOf(loaded).get());
        problem.set("");
        check();
    }

    // ---- reading what is typed

    /** @throws InvalidInputException saying what is wrong with what is typed */
    Resolution typed() {
        return switch (kind.get()) {
            case REFUND -> refundOf(refund.get());
            case REPLACEMENT -> new Resolution.Replacement(unitsOf(units.get()));
            case DISCOUNT -> discountOf(discount.get());
        };
    }

    private Resolution.PartialRefund refundOf(String text) {
        Money amount = texts.formats().money(text, currency);
        return new Resolution.PartialRefund(amount, Resolution.vndEquivalent(amount, currency, payments).orElse(null));
    }

    private long unitsOf(String text) {
        String even = text == null ? "" : text.strip();
        if (even.isEmpty()) {
            throw new InvalidInputException(texts.get("dispute.resolution.units.empty"));
        }
        if (!UNITS.matcher(even).matches() || even.length() > 12) {
            throw new InvalidInputException(texts.get("dispute.resolution.units.invalid", even));
        }
        return Long.parseLong(even.replaceAll("[.,' ]", ""));
    }

    private Resolution.NextOrderDiscount discountOf(String text) {
        String even = text == null ? "" : text.strip();
        if (even.isEmpty()) {
            throw new InvalidInputException(texts.get("dispute.resolution.discount.empty"));
        }
        if (!even.contains("%")) {
            return Resolution.NextOrderDiscount.ofAmount(texts.formats().money(even, currency));
        }
        String number = even.replace("%", "").strip();
        if (!PERCENT.matcher(number).matches()) {
            throw new InvalidInputException(texts.get("dispute.resolution.percent.invalid", even));
        }
        return Resolution.NextOrderDiscount.ofPercent(new BigDecimal(number.replace(',', '.')));
    }

    /** Updates the value in đồng and the problem as the user types; an empty field is not a problem yet. */
    private void check() {
        equivalent.set(equivalentOf(refund.get()));
        if (Text.isBlank(textOf(kind.get()).get())) {
            problem.set("");
            return;
        }
        try {
            typed();
            problem.set("");
        } catch (InvalidInputException e) {
            problem.set(e.getMessage());
        }
    }

    private String equivalentOf(String text) {
        if (Text.isBlank(text)) {
            return "";
        }
        Money amount;
        try {
            amount = texts.formats().money(text, currency);
        } catch (InvalidInputException e) {
            return "";
        }
        if (amount.currency().equals(Money.VND)) {
            return texts.formats().money(amount);
        }
        Optional<Money> vnd = Resolution.vndEquivalent(amount, currency, payments);
        return vnd.map(v -> texts.get("dispute.resolution.equivalent", texts.formats().money(amount),
                        texts.formats().money(v)))
                .orElseGet(() -> texts.get("dispute.resolution.noRate", texts.formats().money(amount)));
    }

    private StringProperty textOf(Kind k) {
        return switch (k) {
            case REFUND -> refund;
            case REPLACEMENT -> units;
            case DISCOUNT -> discount;
        };
    }

    private String discountText(Resolution.NextOrderDiscount d) {
        return d.amount() != null ? texts.formats().money(d.amount()) : percent(d.percent()) + "%";
    }

    private String percent(BigDecimal value) {
        return texts.formats().decimal(value.doubleValue(), 2);
    }

    /** The resolution in a few words, for the status line: "a partial refund of ¥425.50". */
    String describe(Resolution resolution) {
        if (resolution instanceof Resolution.PartialRefund r) {
            return texts.get("dispute.resolution.describe.refund", texts.formats().money(r.amount()));
        }
        if (resolution instanceof Resolution.Replacement r) {
            return texts.get("dispute.resolution.describe.replacement", texts.formats().count(r.units()),
                    unitName.get());
        }
        Resolution.NextOrderDiscount d = (Resolution.NextOrderDiscount) resolution;
        return texts.get("dispute.resolution.describe.discount", d.amount() != null
                ? texts.formats().money(d.amount()) : percent(d.percent()) + "%");
    }
}
