package app.dossier.ui.factory;

import app.dossier.domain.Action;
import app.dossier.domain.Factory;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import app.dossier.ui.common.View;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Factories: the list on the left (filter, Chinese name with the Latin name under it), and on the
 * right the chosen factory's form, its record so far, its orders and its disputes.
 */
public final class FactoriesView implements View {
    private static final String STYLE = "/app/dossier/ui/factory/factories.css";

    private final UiContext context;
    private final FactoriesViewModel model;
    private final ListView<Factory> list = new ListView<>();
    private final FactoryFormPane form;
    private final SplitPane node;

    public FactoriesView(UiContext context) {
        this.context = context;
        this.model = new FactoriesViewModel(context);
        this.form = new FactoryFormPane(context, model);
        node = new SplitPane(listPane(), detailPane());
        node.setDividerPositions(0.28);
        SplitPane.setResizableWithParent(node.getItems().get(0), false);
        node.getStylesheets().add(FactoriesView.class.getResource(STYLE).toExternalForm());
        node.setId("factories-view");
    }

    private VBox listPane() {
        Label title = new Label(context.t("factory.title"));
        title.getStyleClass().add("section-title");
        Button add = new Button(context.t("factory.new"), Icons.of(Icons.ADD));
        add.setId("factory-new");
        context.onlyWhoMay(Action.RECORDS, add);
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> newFactory());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, add);
        header.setAlignment(Pos.CENTER_LEFT);

        TextField filter = new TextField();
        filter.setId("factory-filter");
        filter.setPromptText(context.t("factory.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox filterRow = new HBox(6, Icons.of("mdi2f-filter-outline", 16), filter);
        filterRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filter, Priority.ALWAYS);

        list.setId("factory-list");
        list.setItems(model.factories());
        list.setCellFactory(v -> new FactoryCell());
        Label empty = new Label();
        empty.setWrapText(true);
        empty.setPadding(new Insets(12));
        empty.textProperty().bind(model.emptyListProperty());
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> picked(now));
        model.selectedProperty().addListener((o, was, now) -> showSelected(now));
        model.factories().addListener((ListChangeListener<Factory>) c -> showSelected(model.selectedProperty().get()));

        list.setOnKeyPressed(e -> {
            Factory chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && !model.isArchived(chosen) && (e.getCode() == javafx.scene.input.KeyCode.DELETE
                    || e.getCode() == javafx.scene.input.KeyCode.BACK_SPACE)) {
                e.consume();
                remove(chosen);
            }
        });
        javafx.scene.control.CheckBox archived = new javafx.scene.control.CheckBox(context.t("factory.showArchived"));
        archived.setId("factories-show-archived");
        archived.selectedProperty().bindBidirectional(model.showArchivedProperty());

        VBox pane = new VBox(10, header, filterRow, archived, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        pane.setPadding(new Insets(16, 12, 12, 16));
        pane.setMinWidth(280);
        return pane;
    }

    private ScrollPane detailPane() {
        Label title = new Label();
        title.setId("factory-title");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(model.titleProperty());
        Label subtitle = new Label();
        subtitle.getStyleClass().add("subtle");
        subtitle.setWrapText(true);
        subtitle.textProperty().bind(model.subtitleProperty());
        subtitle.managedProperty().bind(subtitle.textProperty().isNotEmpty());
        Hyperlink shop = new Hyperlink(context.t("factory.openShop"), Icons.of(Icons.OPEN, 14));
        shop.setId("factory-open-shop");
        shop.setOnAction(e -> model.openShop());
        shop.visibleProperty().bind(model.form().shopUrlProperty().isNotEmpty());
        shop.managedProperty().bind(shop.visibleProperty());
        Hyperlink folder = new Hyperlink(context.t("factory.openFolder"), Icons.of(Icons.FOLDER, 14));
        folder.setId("factory-open-folder");
        folder.setOnAction(e -> model.openFolder());
        whenStored(folder);
        VBox links = new VBox(2, shop, folder);
        links.setAlignment(Pos.TOP_RIGHT);
        links.setMinWidth(Region.USE_PREF_SIZE);
        VBox titles = new VBox(2, title, subtitle);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox heading = new HBox(16, titles, links);
        heading.setAlignment(Pos.TOP_LEFT);

        VBox record = recordCard();
        whenStored(record);
        HBox top = new HBox(16, form.node(), record);
        HBox.setHgrow(form.node(), Priority.ALWAYS);

        VBox orders = section(context.t("factory.orders"), new FactoryOrdersTable(context, model).node());
        whenStored(orders);
        VBox disputes = section(context.t("factory.disputes"), disputeList());
        whenStored(disputes);

        VBox content = new VBox(18, heading, top, orders, disputes);
        content.setPadding(new Insets(16, 20, 20, 20));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private VBox recordCard() {
        Label heading = new Label(context.t("factory.record"), Icons.of("mdi2c-chart-box-outline", 16));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        GridPane lines = new GridPane();
        lines.setId("factory-record");
        lines.setHgap(12);
        lines.setVgap(8);
        model.record().addListener((ListChangeListener<RecordLine>) c -> {
            lines.getChildren().clear();
            int row = 0;
            for (RecordLine line : model.record()) {
                Label label = new Label(line.label());
                label.getStyleClass().add("subtle");
                label.setMinWidth(Region.USE_PREF_SIZE);
                Label value = new Label(line.value());
                value.setWrapText(true);
                value.getStyleClass().add(line.alarming() ? "alarming" : Styles.TEXT_BOLD);
                lines.addRow(row++, label, value);
            }
        });
        VBox card = new VBox(12, heading, lines);
        card.getStyleClass().add("card");
        card.setMinWidth(300);
        card.setPrefWidth(340);
        card.setMaxWidth(380);
        return card;
    }

    private VBox disputeList() {
        VBox box = new VBox(10);
        box.setId("factory-disputes");
        Label none = new Label(context.t("factory.disputes.empty"));
        none.getStyleClass().add("subtle");
        Runnable fill = () -> {
            box.getChildren().clear();
            if (model.disputes().isEmpty()) {
                box.getChildren().add(none);
            }
            for (FactoryDisputeRow row : model.disputes()) {
                Hyperlink heading = new Hyperlink(row.heading(), Icons.of(Icons.DISPUTE, 16));
                heading.setOnAction(e -> model.openDispute(row));
                Label summary = new Label(row.summary());
                summary.setWrapText(true);
                summary.setPadding(new Insets(0, 0, 0, 26));
                box.getChildren().add(new VBox(2, heading, summary));
            }
        };
        model.disputes().addListener((ListChangeListener<FactoryDisputeRow>) c -> fill.run());
        fill.run();
        return box;
    }

    private VBox section(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        return new VBox(8, heading, body);
    }

    private void whenStored(Node part) {
        part.visibleProperty().bind(model.creatingProperty().not());
        part.managedProperty().bind(part.visibleProperty());
    }

    /** The user picked a factory in the list; unsaved typing is only dropped when they say so. */
    private void picked(Factory factory) {
        Factory shown = model.selectedProperty().get();
        if (factory == null || (shown != null && shown.id() == factory.id() && !model.creatingProperty().get())) {
            return;
        }
        if (model.hasUnsavedChanges() && !Dialogs.confirm(context, context.t("factory.discard", model.shownName()))) {
            Platform.runLater(() -> showSelected(model.selectedProperty().get()));
            return;
        }
        model.choose(factory);
    }

    private void showSelected(Factory factory) {
        if (factory == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        for (Factory item : list.getItems()) {
            if (item.id() == factory.id()) {
                if (list.getSelectionModel().getSelectedItem() != item) {
                    list.getSelectionModel().select(item);
                    list.scrollTo(item);
                }
                return;
            }
        }
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    /** Shows this factory; 0 starts a new one. */
    public void select(long factoryId) {
        if (factoryId <= 0) {
            newFactory();
            return;
        }
        Factory shown = model.selectedProperty().get();
        boolean another = shown == null || shown.id() != factoryId;
        if (another && model.hasUnsavedChanges()
                && !Dialogs.confirm(context, context.t("factory.discard", model.shownName()))) {
            return;
        }
        model.select(factoryId);
    }

    /** Starts a new factory. */
    public void newFactory() {
        if (model.hasUnsavedChanges() && !Dialogs.confirm(context, context.t("factory.discard", model.shownName()))) {
            return;
        }
        model.newFactory();
        Platform.runLater(form::focusName);
    }

    /** A factory in the list: the Chinese name, and the Latin name under it. */
    /** Asks first, saying whether the factory will be deleted or archived. */
    private void remove(Factory factory) {
        if (Dialogs.confirm(context, model.removeQuestion(factory))) {
            model.remove(factory);
        }
    }

    private javafx.scene.control.ContextMenu menu(Factory factory) {
        boolean isArchived = model.isArchived(factory);
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(model.removeText(factory),
                Icons.of(isArchived ? "mdi2a-archive-arrow-up-outline" : "mdi2a-archive-outline"));
        item.setId(isArchived ? "factory-unarchive" : "factory-remove");
        item.setOnAction(e -> {
            if (isArchived) {
                model.unarchive(factory);
            } else {
                remove(factory);
            }
        });
        return new javafx.scene.control.ContextMenu(item);
    }

    private final class FactoryCell extends ListCell<Factory> {
        @Override
        protected void updateItem(Factory factory, boolean empty) {
            super.updateItem(factory, empty);
            setText(null);
            if (empty || factory == null) {
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            setContextMenu(menu(factory));
            Label name = new Label(factory.name());
            name.getStyleClass().add("factory-name");
            VBox box = new VBox(2, name);
            if (factory.latinName() != null) {
                Label latin = new Label(factory.latinName());
                latin.getStyleClass().add("subtle");
                box.getChildren().add(latin);
            }
            if (model.isArchived(factory)) {
                Label tag = new Label(context.t("factory.archivedTag"));
                tag.getStyleClass().add("subtle");
                box.getChildren().add(tag);
                box.setOpacity(0.7);
            }
            setGraphic(box);
        }
    }

    @Override
    public boolean hasUnsavedChanges() {
        return model.hasUnsavedChanges();
    }
}
