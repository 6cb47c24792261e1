package app.dossier.ui.shell;

import app.dossier.service.SearchHit;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/** One box that finds factories, orders and files; choosing a result goes there. */
final class SearchBox {
    private final UiContext context;
    private final TextField field = new TextField();
    private final ListView<SearchHit> list = new ListView<>();
    private final Popup popup = new Popup();
    private final HBox node;

    SearchBox(UiContext context, ShellViewModel model) {
        this.context = context;
        field.setPromptText(context.t("search.prompt"));
        field.setId("search");
        field.setPrefWidth(520);
        list.setItems(model.results());
        list.setPrefSize(620, 320);
        list.setId("search-results");
        list.setCellFactory(v -> new HitCell());
        popup.getContent().add(list);
        popup.setAutoHide(true);

        field.textProperty().addListener((o, was, now) -> model.search(now));
        model.results().addListener((javafx.collections.ListChangeListener<SearchHit>) change -> {
            if (model.results().isEmpty() || field.getText().isBlank()) {
                popup.hide();
            } else if (!popup.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
                Bounds bounds = field.localToScreen(field.getBoundsInLocal());
                popup.show(field, bounds.getMinX(), bounds.getMaxY() + 2);
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !model.results().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER && !model.results().isEmpty()) {
                go(model.results().get(0));
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                go(list.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                field.requestFocus();
            }
        });
        list.setOnMouseClicked(e -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                go(list.getSelectionModel().getSelectedItem());
            }
        });
        node = new HBox(8, Icons.of(Icons.SEARCH, 18), field);
        node.setAlignment(Pos.CENTER_LEFT);
    }

    private void go(SearchHit hit) {
        popup.hide();
        switch (hit.kind()) {
            case FACTORY -> context.navigator().showFactory(hit.factoryId());
            case ORDER, EVIDENCE -> context.navigator().showOrder(hit.orderId());
            case CHAT -> context.navigator().showOrderChats(hit.orderId());
            default -> throw new IllegalStateException("unknown kind " + hit.kind());
        }
    }

    Node node() {
        return node;
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String icon = switch (hit.kind()) {
                case FACTORY -> Icons.FACTORY;
                case ORDER -> Icons.ORDER;
                case EVIDENCE -> Icons.FILE;
                case CHAT -> Icons.CHAT;
            };
            Label title = new Label(hit.title());
            title.setStyle("-fx-font-weight: bold;");
            Label detail = new Label(context.t("search.kind." + hit.kind()) + (hit.detail() == null ? "" : " · " + hit.detail()));
            detail.getStyleClass().add("subtle");
            HBox row = new HBox(10, Icons.of(icon, 18), new VBox(2, title, detail));
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
        }
    }
}
