package app.dossier.ui.shell;

import app.dossier.domain.Factory;
import app.dossier.service.OrderSummary;
import app.dossier.service.ProgressListener;
import app.dossier.service.Services;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** The first window: factories and their orders, and an offer to load the sample into an empty folder. */
public final class MainWindow {
    private final Services services;
    private final TableView<Factory> factories = new TableView<>();
    private final TableView<OrderSummary> orders = new TableView<>();
    private final Label status = new Label();
    private final Button loadSample = new Button("Load the sample business");

    public MainWindow(Services services) {
        this.services = services;
    }

    public void show(Stage stage) {
        TableColumn<Factory, String> name = new TableColumn<>("Factory");
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().displayName()));
        name.setPrefWidth(320);
        factories.getColumns().add(name);

        orders.getColumns().add(column("Order", s -> s.order().label(), 200));
        orders.getColumns().add(column("Ordered", s -> s.order().orderedOn().toString(), 100));
        orders.getColumns().add(column("Product", s -> s.order().product(), 280));
        orders.getColumns().add(column("Total", s -> s.order().total().toString(), 120));

        factories.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> refreshOrders(now));
        loadSample.setOnAction(e -> {
            services.sample().load(ProgressListener.NONE);
            refresh();
        });

        HBox top = new HBox(12, loadSample, status);
        top.setPadding(new Insets(8));
        BorderPane root = new BorderPane(new SplitPane(factories, orders));
        root.setTop(top);
        refresh();
        stage.setTitle("Dossier — " + services.location().dataFolder());
        stage.setScene(new Scene(root, 1100, 700));
        stage.show();
    }

    private void refresh() {
        factories.setItems(FXCollections.observableArrayList(services.factories().list()));
        loadSample.setVisible(services.sample().whyNot() == null);
        refreshOrders(null);
    }

    private void refreshOrders(Factory factory) {
        orders.setItems(FXCollections.observableArrayList(services.orders().list(factory == null ? null : factory.id())));
        status.setText(orders.getItems().size() + " orders");
    }

    private static TableColumn<OrderSummary, String> column(String title,
            java.util.function.Function<OrderSummary, String> value, double width) {
        TableColumn<OrderSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
