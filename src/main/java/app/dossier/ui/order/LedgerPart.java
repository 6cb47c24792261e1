package app.dossier.ui.order;

import app.dossier.domain.Action;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.SavedNote;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Payments tab's ledger: the payments table, the totals in the order's currency and in VND, and Record a payment. */
final class LedgerPart {
    private static final double ROW = 46;
    private final VBox node;

    LedgerPart(UiContext context, LedgerModel ledger, PaymentFormModel payment, ChatTransfersModel transfers) {
        TableView<LedgerRow> table = new TableView<>(ledger.rows());
        table.setId("ledger-table");
        table.getStyleClass().addAll(Styles.DENSE, "ledger-table");
        table.setPlaceholder(new Label(context.t("order.ledger.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        String none = context.t("common.none");
        table.getColumns().add(column(context.t("order.ledger.paidOn"), LedgerRow::paidOn, r -> false, 82));
        table.getColumns().add(column(context.t("order.ledger.amount"), LedgerRow::amount, r -> false, 84));
        table.getColumns().add(column(context.t("order.ledger.covers"), LedgerRow::covers, r -> false, 86));
        table.getColumns().add(column(context.t("order.ledger.paidSoFar"), LedgerRow::paidSoFar,
                LedgerRow::notCounted, 84));
        table.getColumns().add(column(context.t("order.ledger.vnd"),
                r -> r.rate().equals(none) ? r.vnd() : r.vnd() + "\n" + context.t("order.ledger.atRate", r.rate()),
                r -> false, 98));
        table.getColumns().add(column(context.t("order.ledger.acknowledged"), LedgerRow::acknowledged,
                LedgerRow::notAcknowledged, 82));
        table.getColumns().add(column(context.t("order.ledger.proof"), LedgerRow::proof, LedgerRow::noProof, 100));
        table.getColumns().add(column(context.t("order.ledger.method"), r -> r.method() + "\n" + r.account(),
                r -> false, 160));
        table.setRowFactory(v -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(LedgerRow row, boolean empty) {
                super.updateItem(row, empty);
                setContextMenu(empty || row == null ? null : menu(context, ledger, payment, row));
                setTooltip(empty || row == null ? null : new javafx.scene.control.Tooltip(
                        row.method() + " → " + row.account() + "\n" + context.t("order.ledger.reference") + ": "
                                + row.reference() + "\n" + context.t("order.ledger.proof") + ": " + row.proof()));
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE || e.getCode() == javafx.scene.input.KeyCode.BACK_SPACE) {
                LedgerRow selected = table.getSelectionModel().getSelectedItem();
                if (selected != null) {
                    e.consume();
                    remove(context, ledger, payment, selected);
                }
            }
        });
        table.setFixedCellSize(ROW);
        fitHeight(table);
        ledger.rows().addListener((ListChangeListener<LedgerRow>) c -> fitHeight(table));

        GridPane totals = new GridPane();
        totals.getStyleClass().add("ledger-totals");
        totals.setHgap(16);
        totals.setVgap(2);
        Label inCurrency = new Label(context.t("order.ledger.inOrderCurrency"));
        inCurrency.getStyleClass().add("subtle");
        Label inVnd = new Label(context.t("order.ledger.inVnd"));
        inVnd.getStyleClass().add("subtle");
        totals.add(inCurrency, 1, 0);
        totals.add(inVnd, 2, 0);
        addTotal(totals, 1, context.t("order.ledger.orderTotal"), ledger.orderTotalProperty(),
                ledger.orderTotalVndProperty(), "ledger-total");
        addTotal(totals, 2, context.t("order.ledger.paid"), ledger.paidProperty(), ledger.paidVndProperty(),
                "ledger-paid");
        addTotal(totals, 3, context.t("order.ledger.owed"), ledger.owedProperty(), ledger.owedVndProperty(),
                "ledger-owed");

        Label status = new Label();
        status.setId("ledger-status");
        status.textProperty().bind(ledger.statusProperty());
        status.getStyleClass().add("ledger-status");
        ledger.settledProperty().addListener((o, was, now) -> settled(status, now));
        settled(status, ledger.settledProperty().get());
        VBox notes = new VBox(2);
        ledger.notes().addListener((ListChangeListener<String>) c -> notes.getChildren().setAll(
                ledger.notes().stream().map(text -> {
                    Label note = new Label(text);
                    note.setWrapText(true);
                    note.getStyleClass().add("subtle");
                    return note;
                }).toList()));

        Button record = new Button(context.t("order.pay.record"), Icons.of("mdi2c-cash-plus"));
        record.setId("record-payment");
        record.getStyleClass().add(Styles.ACCENT);
        record.setOnAction(e -> payment.start());
        record.visibleProperty().bind(payment.openProperty().not());
        context.onlyWhoMay(Action.RECORDS, record);
        record.managedProperty().bind(record.visibleProperty());
        PaymentFormPart form = new PaymentFormPart(context, payment);
        // the form closes once saved: what was recorded is said here, beside the new row's totals,
        // and focus waits on "Record a payment" for the next one
        SavedNote saved = new SavedNote(context, "payment-saved", form.node(), () -> record).watching(form.save());
        HBox statusLine = new HBox(16, status, record, saved.node());
        statusLine.setAlignment(Pos.CENTER_LEFT);

        node = new VBox(10, table, totals, statusLine, notes, fromChat(context, transfers), form.node());
        node.getStyleClass().add("ledger");
    }

    /**
     * The transfers sent in the order's chats and not recorded yet, each with "Record as payment" and
     * what it paid for; hidden while there are none.
     */
    private static VBox fromChat(UiContext context, ChatTransfersModel transfers) {
        Label title = new Label(context.t("order.transfers.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox rows = new VBox(6);
        VBox box = new VBox(6, title, rows);
        box.setId("chat-transfers");
        Runnable draw = () -> {
            rows.getChildren().setAll(transfers.offers().stream().map(offer -> {
                Label words = new Label(offer.words());
                words.setWrapText(true);
                javafx.scene.control.MenuButton record = new javafx.scene.control.MenuButton(
                        context.t("order.transfers.record"), Icons.of("mdi2c-cash-plus"));
                record.getStyleClass().add("record-transfer");
                record.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                record.disableProperty().bind(transfers.recordingProperty());
                for (app.dossier.domain.PaymentCovers covers : app.dossier.domain.PaymentCovers.values()) {
                    javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(
                            context.t("covers." + covers.name()));
                    item.setId("record-transfer-" + covers.name());
                    item.setOnAction(e -> transfers.record(offer, covers));
                    record.getItems().add(item);
                }
                HBox row = new HBox(12, words, record);
                row.setAlignment(Pos.CENTER_LEFT);
                HBox.setHgrow(words, javafx.scene.layout.Priority.ALWAYS);
                return row;
            }).toList());
            box.setVisible(!transfers.offers().isEmpty());
            box.setManaged(box.isVisible());
        };
        transfers.offers().addListener((ListChangeListener<ChatTransfersModel.Offer>) c -> draw.run());
        draw.run();
        return box;
    }

    /** "Edit…" and "Remove…" on a payment's row. */
    private static javafx.scene.control.ContextMenu menu(UiContext context, LedgerModel ledger,
            PaymentFormModel payment, LedgerRow row) {
        javafx.scene.control.MenuItem edit = new javafx.scene.control.MenuItem(context.t("order.ledger.edit"),
                Icons.of(Icons.EDIT));
        edit.setId("ledger-edit");
        edit.setOnAction(e -> ledger.payment(row).ifPresent(p -> payment.edit(p, ledger.proof(p).orElse(null))));
        javafx.scene.control.MenuItem remove = new javafx.scene.control.MenuItem(context.t("order.ledger.remove"),
                Icons.of("mdi2d-delete-outline"));
        remove.setId("ledger-remove");
        remove.setOnAction(e -> remove(context, ledger, payment, row));
        context.onlyWhoMay(Action.RECORDS, edit, remove);
        return new javafx.scene.control.ContextMenu(edit, remove);
    }

    /** Asks first: the payment goes, its proof stays in the order's files. */
    private static void remove(UiContext context, LedgerModel ledger, PaymentFormModel payment, LedgerRow row) {
        ledger.payment(row).ifPresent(p -> {
            if (Dialogs.confirm(context, context.t("order.ledger.remove.confirm", row.amount(), row.paidOn()))) {
                payment.remove(p);
            }
        });
    }

    private static void addTotal(GridPane totals, int row, String label, javafx.beans.value.ObservableStringValue money,
            javafx.beans.value.ObservableStringValue vnd, String id) {
        Label name = new Label(label);
        Label amount = new Label();
        amount.setId(id);
        amount.textProperty().bind(money);
        amount.getStyleClass().add("ledger-money");
        Label inVnd = new Label();
        inVnd.setId(id + "-vnd");
        inVnd.textProperty().bind(Bindings.createStringBinding(() -> vnd.get().isEmpty() ? "—" : vnd.get(), vnd));
        inVnd.getStyleClass().add("ledger-money");
        totals.addRow(row, name, amount, inVnd);
    }

    private static void settled(Label status, boolean settled) {
        status.getStyleClass().removeAll("present", "missing");
        status.getStyleClass().add(settled ? "present" : "missing");
    }

    private static void fitHeight(TableView<LedgerRow> table) {
        double height = ROW * Math.max(1, table.getItems().size()) + 44;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
    }

    private static TableColumn<LedgerRow, String> column(String title, Function<LedgerRow, String> value,
            Predicate<LedgerRow> flagged, double width) {
        TableColumn<LedgerRow, String> column = new TableColumn<>();
        Label header = new Label(title);
        header.getStyleClass().add("ledger-header");
        column.setGraphic(header);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().remove("missing");
                if (empty || text == null) {
                    setText(null);
                    return;
                }
                setText(text);
                setWrapText(true);
                LedgerRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && flagged.test(row)) {
                    getStyleClass().add("missing");
                }
            }
        });
        return column;
    }

    Node node() {
        return node;
    }
}
