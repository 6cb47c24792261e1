package app.dossier.ui.shell;

import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import app.dossier.ui.common.View;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The first screen: what Dossier is for, and on an empty data folder, the offer to load the sample
 * business or to add the first factory.
 */
public final class StartView implements View {
    private final UiContext context;
    private final VBox box = new VBox(16);
    private final Label counts = new Label();
    private final VBox empty = new VBox(10);
    private final Button loadSample;
    private final ScrollPane node;

    public StartView(UiContext context) {
        this.context = context;
        Label welcome = new Label(context.t("start.welcome"));
        welcome.getStyleClass().add("section-title");
        Label intro = new Label(context.t("start.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(720);
        Label where = new Label(context.t("start.whereData", context.services().location().caseFilesRoot()));
        where.getStyleClass().add("subtle");

        loadSample = new Button(context.t("start.loadSample"), Icons.of(Icons.ADD));
        loadSample.setId("load-sample");
        loadSample.getStyleClass().add("accent");
        loadSample.setOnAction(e -> loadSample());
        Label sampleHint = new Label(context.t("start.loadSample.hint"));
        sampleHint.getStyleClass().add("subtle");
        sampleHint.setWrapText(true);
        Button addFactory = new Button(context.t("start.addFactory"), Icons.of(Icons.FACTORY));
        addFactory.setOnAction(e -> context.navigator().showFactory(0));
        Label emptyTitle = new Label(context.t("start.empty"));
        emptyTitle.setStyle("-fx-font-weight: bold;");
        empty.getChildren().addAll(emptyTitle, loadSample, sampleHint, addFactory);
        empty.getStyleClass().add("card");
        empty.setId("sample-offer");
        empty.setMaxWidth(720);

        box.getChildren().addAll(welcome, intro, counts, empty, where);
        box.setPadding(new Insets(24));
        node = new ScrollPane(box);
        node.setFitToWidth(true);
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void refresh() {
        BackgroundTask.wrap("", progress -> List.of(
                        context.services().factories().list().size(),
                        context.services().orders().list(null).size(),
                        context.services().disputes().all().size(),
                        context.services().sample().whyNot() == null ? 1 : 0))
                .onSuccess(n -> {
                    counts.setText(context.t("start.counts", n.get(0), n.get(1), n.get(2)));
                    boolean canLoad = n.get(3) == 1;
                    empty.setVisible(canLoad);
                    empty.setManaged(canLoad);
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    private void loadSample() {
        loadSample.setDisable(true);
        BackgroundTask.wrap(context.t("start.loadSample"), progress -> context.services().sample().load(progress))
                .onSuccess(orders -> {
                    loadSample.setDisable(false);
                    context.navigator().say(context.t("start.sampleLoaded", orders));
                    refresh();
                })
                .onFailure(error -> {
                    loadSample.setDisable(false);
                    context.navigator().warn(ErrorText.of(error, context.texts()));
                    refresh();
                })
                .executeWith(context.runner());
    }
}
