package app.dossier.ui.order;

import app.dossier.domain.DateInput;
import app.dossier.domain.Evidence;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.PaymentRules;
import app.dossier.domain.Text;
import app.dossier.service.EvidenceInput;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.Formats;
import app.dossier.ui.common.TypedField;
import app.dossier.ui.common.TypedNumbers;
import app.dossier.ui.common.UiContext;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Record a payment": amount, date, what it covers, the rate to VND, how and to whom it was paid,
 * and its proof, read into one {@link Payment} and saved in one call with the proof.
 *
 * <p>Importers often know what left their bank in đồng. An amount typed in ₫ for an order in ¥, with
 * the rate, is recorded in ¥ (đồng ÷ rate, to the fen), so it counts towards the order total; the
 * form says so before saving. Without a rate it is recorded in ₫ and listed, not counted.
 */
public final class PaymentFormModel {
    private final UiContext context;
    private final Clock clock;
    private final Supplier<Order> order;
    private final Runnable onSaved;
    private final TypedField<Money> amount;
    private final TypedField<LocalDate> paidOn;
    private final TypedField<BigDecimal> rate;
    private final TypedField<LocalDateTime> acknowledgedAt;
    private final ObjectProperty<PaymentCovers> covers = new SimpleObjectProperty<>();
    private final StringProperty method = new SimpleStringProperty("");
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Path> proof = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper coversError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amountHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final StringBinding counted;
    /** The payment being corrected; null when a new one is recorded. */
    private final ReadOnlyObjectWrapper<Payment> editing = new ReadOnlyObjectWrapper<>();
    /** The proof the corrected payment keeps: its file's id and name; none once unlinked. */
    private Long keptProofId;
    private final ReadOnlyStringWrapper keptProof = new ReadOnlyStringWrapper("");
    /** True once the form was checked: from then on each change shows what is still wrong. */
    private boolean judged;

    public PaymentFormModel(UiContext context, Clock clock, Supplier<Order> order, Runnable onSaved) {
        this.context = context;
        this.clock = clock;
        this.order = order;
        this.onSaved = onSaved;
        // a plain number is in the order's currency, read as the window's language writes numbers
        amount = new TypedField<>(TypedField.worded(text -> context.texts().formats().money(text, orderCurrency()),
                context.texts(), "order.money.unreadable"), context.t("order.pay.amount.required"));
        paidOn = new TypedField<>(TypedField.worded(DateInput::parseDate, context.texts(), "order.date.unreadable"),
                context.t("order.pay.paidOn.required"));
        rate = new TypedField<>(text -> {
            BigDecimal read = TypedNumbers.rate(text);
            if (read == null) {
                throw new InvalidInputException(context.t("order.pay.rate.unreadable", text.strip()));
            }
            return read;
        }, null);
        acknowledgedAt = new TypedField<>(TypedField.worded(DateInput::parseDateTime, context.texts(),
                "order.dateTime.unreadable"), null);
        covers.addListener((o, was, now) -> coversError.set(""));
        for (javafx.beans.Observable input : List.of(amount.valueProperty(), paidOn.valueProperty(),
                rate.valueProperty())) {
            input.addListener(o -> {
                if (judged && judge().isEmpty() && readable() && PaymentRules.problems(draft()).isEmpty()) {
                    formError.set("");
                }
            });
        }
        counted = Bindings.createStringBinding(this::countedText, amount.valueProperty(), rate.valueProperty());
    }

    private Currency orderCurrency() {
        Order o = order.get();
        return o == null ? null : o.total().currency();
    }

    /** Under the amount: a plain number is in the order's currency, and the signs understood. */
    public ReadOnlyStringProperty amountHintProperty() {
        return amountHint.getReadOnlyProperty();
    }

    /** Opens the form empty, dated today. */
    public void start() {
        judged = false;
        editing.set(null);
        keptProofId = null;
        keptProof.set("");
        amountHint.set(Formats.moneyHint(context.texts(), orderCurrency()));
        amount.set("");
        paidOn.set(context.texts().formats().date(LocalDate.now(clock)));
        rate.set("");
        acknowledgedAt.set("");
        covers.set(null);
        method.set("");
        account.set("");
        reference.set("");
        proof.set(null);
        coversError.set("");
        formError.set("");
        open.set(true);
    }

    /**
     * Opens the form filled with a recorded payment, to correct it; {@code proofFile} is the file its
     * proof points at, if known. Saving corrects that payment instead of recording a new one.
     */
    public void edit(Payment payment, Evidence proofFile) {
        start();
        editing.set(payment);
        amount.set(context.texts().formats().money(payment.amount()));
        paidOn.set(payment.paidOn() == null ? "" : context.texts().formats().date(payment.paidOn()));
        rate.set(payment.rateToVnd() == null ? "" : context.texts().formats().rate(payment.rateToVnd()));
        acknowledgedAt.set(payment.acknowledgedAt() == null ? "" : context.texts().formats().date(payment.acknowledgedAt()));
        covers.set(payment.covers());
        method.set(payment.method() == null ? "" : payment.method());
        account.set(payment.receivingAccount() == null ? "" : payment.receivingAccount());
        reference.set(payment.reference() == null ? "" : payment.reference());
        keptProofId = payment.proofEvidenceId();
        keptProof.set(keptProofId == null ? "" : proofFile == null ? "✓" : proofFile.fileName());
    }

    public void close() {
        open.set(false);
        editing.set(null);
    }

    /** Asks for the proof (a screenshot or receipt); the first file chosen is kept. */
    public void chooseProof() {
        List<Path> chosen = context.platform().chooseFiles(context.t("order.pay.proof.choose"));
        if (!chosen.isEmpty()) {
            proof.set(chosen.get(0));
        }
    }

    public void setProof(Path file) {
        proof.set(file);
    }

    /**
     * Drops the file chosen; with none chosen, unlinks the corrected payment's proof (the file stays
     * in the order's Payments folder as evidence).
     */
    public void clearProof() {
        if (proof.get() != null) {
            proof.set(null);
        } else {
            keptProofId = null;
            keptProof.set("");
        }
    }

    private boolean readable() {
        return List.of(amount, paidOn, rate, acknowledgedAt).stream().allMatch(f -> f.errorProperty().get().isEmpty());
    }

    /** Reads and checks every field into the payment to record, or nothing when a field must be fixed. */
    public Optional<Payment> request() {
        formError.set("");
        Order o = order.get();
        List<String> unplaced = judge();
        boolean ok = List.of(amount, paidOn, rate, acknowledgedAt).stream()
                .allMatch(f -> f.errorProperty().get().isEmpty()) && PaymentRules.problems(draft()).isEmpty();
        if (covers.get() == null) {
            coversError.set(context.t("order.pay.covers.required"));
            ok = false;
        }
        if (ok && o == null) {
            formError.set(context.t("order.none"));
            return Optional.empty();
        }
        if (!ok) {
            formError.set(unplaced.isEmpty() ? context.t("order.form.fix") : String.join(" ", unplaced));
            return Optional.empty();
        }
        return Optional.of(draft());
    }

    /**
     * Shows under each field whether its text can be read, then what {@link PaymentRules} (the rule
     * the service enforces) finds in the payment as typed; again on every change once checked.
     * Returns what belongs to no field of the form.
     */
    private List<String> judge() {
        judged = true;
        List.of(amount, paidOn, rate, acknowledgedAt).forEach(TypedField::check);
        List<String> unplaced = new ArrayList<>();
        for (FieldProblem problem : PaymentRules.problems(draft())) {
            String words = ErrorText.of(problem, context.texts());
            switch (problem.field()) {
                case AMOUNT -> amount.failUnlessUnread(words);
                case PAID_ON -> paidOn.failUnlessUnread(words);
                case RATE -> rate.failUnlessUnread(words);
                default -> unplaced.add(words);
            }
        }
        return unplaced;
    }

    /** The payment as typed so far, kept as typed, as on the bank's statement (the ledger converts it). */
    private Payment draft() {
        Order o = order.get();
        Payment corrected = editing.get();
        return new Payment(corrected == null ? 0 : corrected.id(),
                corrected != null ? corrected.orderId() : o == null ? 0 : o.id(), paidOn.value(), amount.value(), rate.value(), covers.get(),
                Text.clean(method.get()), Text.clean(account.get()), Text.clean(reference.get()),
                acknowledgedAt.value(), corrected == null ? null : keptProofId);
    }

    /** Checks the form and records the payment with its proof in one step. */
    public void save() {
        if (saving.get()) {
            return;
        }
        Optional<Payment> request = request();
        if (request.isEmpty()) {
            return;
        }
        Path proofFile = proof.get();
        boolean correcting = editing.get() != null;
        EvidenceInput newProof = proofFile == null ? null : EvidenceInput.of(proofFile);
        saving.set(true);
        BackgroundTask.wrap(context.t("order.pay.saving"), progress -> correcting
                        ? context.services().payments().update(request.get(), newProof)
                        : context.services().payments().record(request.get(), newProof))
                .onSuccess(saved -> {
                    saving.set(false);
                    open.set(false);
                    editing.set(null);
                    context.navigator().say(context.t(correcting ? "order.pay.corrected" : "order.pay.saved",
                            context.texts().formats().money(saved.amount()), context.texts().formats().date(saved.paidOn())));
                    onSaved.run();
                })
                .onFailure(error -> {
                    saving.set(false);
                    formError.set(ErrorText.of(error, context.texts()));
                })
                .executeWith(context.runner());
    }

    /**
     * Removes a payment recorded by mistake (asked first by the window); its proof stays in the order's
     * files as evidence. A form open on that payment closes.
     */
    public void remove(Payment payment) {
        if (saving.get()) {
            return;
        }
        saving.set(true);
        BackgroundTask.wrap(context.t("order.pay.removing"), progress -> {
                    context.services().payments().remove(payment.id());
                    return payment;
                })
                .onSuccess(removed -> {
                    saving.set(false);
                    if (editing.get() != null && editing.get().id() == removed.id()) {
                        close();
                    }
                    context.navigator().say(context.t("order.pay.removed", context.texts().formats().money(removed.amount()),
                            context.texts().formats().date(removed.paidOn())));
                    onSaved.run();
                })
                .onFailure(error -> {
                    saving.set(false);
                    context.navigator().say(ErrorText.of(error, context.texts()));
                })
                .executeWith(context.runner());
    }

    /** In the order's currency when typed in ₫ with a rate; otherwise as typed. */
    /** What a payment typed in đồng counts for in the order's currency, at its rate (see {@link Money#convert}). */
    static Money countedAmount(Order order, Money typed, BigDecimal vndPerUnit) {
        return typed.convert(order.total().currency(), null, vndPerUnit);
    }

    private String countedText() {
        Order o = order.get();
        Money typed = amount.value();
        if (o == null || typed == null) {
            return "";
        }
        Money total = o.total();
        if (typed.currency().equals(total.currency())) {
            return rate.value() == null || typed.currency().equals(Money.VND) ? ""
                    : context.t("order.pay.inVnd", context.texts().formats().money(typed.toVnd(rate.value())));
        }
        if (typed.currency().equals(Money.VND)) {
            return rate.value() == null
                    ? context.t("order.pay.needRate", total.currencyCode())
                    : context.t("order.pay.convert", context.texts().formats().money(countedAmount(o, typed, rate.value())),
                            context.texts().formats().rate(rate.value()));
        }
        return context.t("order.pay.otherCurrency", typed.currencyCode(), total.currencyCode());
    }

    public TypedField<Money> amount() {
        return amount;
    }

    public TypedField<LocalDate> paidOn() {
        return paidOn;
    }

    public TypedField<BigDecimal> rate() {
        return rate;
    }

    public TypedField<LocalDateTime> acknowledgedAt() {
        return acknowledgedAt;
    }

    public ObjectProperty<PaymentCovers> coversProperty() {
        return covers;
    }

    public StringProperty methodProperty() {
        return method;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    /** The payment being corrected; null when the form records a new one. */
    public ReadOnlyObjectProperty<Payment> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The name of the proof the corrected payment keeps; empty when it has none or it was unlinked. */
    public ReadOnlyStringProperty keptProofProperty() {
        return keptProof.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> proofProperty() {
        return proof.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty coversErrorProperty() {
        return coversError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    /** What the amount will count as: "Counts as ¥3,700.00 at 3.650 ₫ per ¥", or a warning; empty when plain. */
    public StringBinding countedProperty() {
        return counted;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
