package app.dossier.ui.shell;

import app.dossier.domain.Action;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.Texts;
import app.dossier.ui.common.UiContext;
import app.dossier.ui.common.View;
import app.dossier.ui.dispute.DisputesView;
import app.dossier.ui.factory.FactoriesView;
import app.dossier.ui.order.OrdersView;
import app.dossier.ui.receiving.ReceivingView;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The window's frame: navigation on the left, search and tools on top, the section in the middle, status below. */
public final class Shell {
    private final UiContext context;
    private final ShellViewModel model;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    /** The sections' views, each built the first time it is shown or asked for: the window opens on one. */
    private final Map<Section, View> views = new EnumMap<>(Section.class);
    private final Map<Section, Supplier<View>> makers = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private final SearchBox search;
    private final EditMenu edit;

    /** What the window itself does for the menus: rebuild, change language, restore a backup, quit. */
    interface WindowActions {
        void rebuild();

        void switchLanguage(Locale locale);

        void restore(java.nio.file.Path backup);

        /** Moves the records to a server, or from it back to this PC, asking first. */
        void moveRecords();

        /** Makes this PC use the records on a server (the team's), asking which. */
        void useServer();

        void quit();
    }

    private final WindowActions actions;
    private final ChangesFromOthers others;
    private static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    Shell(UiContext context, ShellViewModel model, WindowActions actions) {
        this.context = context;
        this.model = model;
        this.actions = actions;
        makers.put(Section.START, () -> new StartView(context));
        makers.put(Section.FACTORIES, () -> new FactoriesView(context));
        makers.put(Section.ORDERS, () -> new OrdersView(context));
        makers.put(Section.RECEIVING, () -> new ReceivingView(context, this::reloadShownElsewhere));
        makers.put(Section.DISPUTES, () -> new DisputesView(context));
        search = new SearchBox(context, model);
        edit = new EditMenu(context, new UndoModel(context, this::reloadShown));

        BorderPane main = new BorderPane(content);
        main.setTop(topBar());
        root.setLeft(navigation());
        root.setCenter(main);
        root.setBottom(new StatusBar(context, model).node());
        model.sectionProperty().addListener((o, was, now) -> display(now));
        others = new ChangesFromOthers(context, this::reloadShown, this::hasUnsavedChanges);
    }

    private VBox navigation() {
        Label title = new Label(context.t("app.title"));
        title.getStyleClass().add("app-title");
        VBox nav = new VBox(title);
        nav.getStyleClass().add("nav");
        ToggleGroup group = new ToggleGroup();
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(context.t(section.titleKey()), Icons.of(section.icon(), 18));
            button.setToggleGroup(group);
            button.setId("nav-" + section.name().toLowerCase(Locale.ROOT));
            button.setOnAction(e -> show(section));
            button.setMaxWidth(Double.MAX_VALUE);
            buttons.put(section, button);
            nav.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        return nav;
    }

    private HBox topBar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        MenuButton tools = new MenuButton(context.t("menu.tools"), Icons.of(Icons.SETTINGS, 16));
        tools.setId("tools");
        MenuItem verify = new MenuItem(context.t("menu.verify"), Icons.of(Icons.VERIFY));
        verify.setOnAction(e -> new VerifyDialog(context).run());
        MenuItem trash = new MenuItem(context.t("menu.trash"), Icons.of(Icons.TRASH));
        trash.setId("trash");
        trash.setOnAction(e -> new TrashDialog(context).show());
        MenuItem importItem = new MenuItem(context.t("menu.import1688"));
        importItem.setId("import-1688");
        importItem.setOnAction(e -> new ImportDialog(context).run());
        context.onlyWhoMay(Action.RECORDS, importItem);
        MenuItem rebuildItem = new MenuItem(context.t("menu.rebuild"));
        rebuildItem.setOnAction(e -> {
            if (app.dossier.ui.common.Dialogs.confirm(context, context.t("rebuild.confirm"))) {
                actions.rebuild();
            }
        });
        context.onlyWhoMay(Action.RECORDS, rebuildItem);
        MenuItem settings = new MenuItem(context.t("menu.settings"));
        settings.setId("settings");
        settings.setOnAction(e -> new SettingsDialog(context, actions::moveRecords, actions::useServer).choose().ifPresent(locale -> {
            if (!hasUnsavedChanges() || app.dossier.ui.common.Dialogs.confirm(context, context.t("settings.unsaved"))) {
                actions.switchLanguage(locale);
            }
        }));
        BackupItems backups = new BackupItems(context);
        MenuItem quit = new MenuItem(context.t("menu.quit"), Icons.of("mdi2e-exit-to-app"));
        quit.setId("quit");
        quit.setAccelerator(QUIT);
        quit.setOnAction(e -> actions.quit());
        tools.getItems().addAll(importItem, new SeparatorMenuItem(), verify, trash, rebuildItem, new SeparatorMenuItem(),
                backups.backUpNow(), backups.restore(this::hasUnsavedChanges, actions::restore), new SeparatorMenuItem(),
                settings, new SeparatorMenuItem(), quit);
        HBox bar = new HBox(search.node(), spacer, edit.node(), tools);
        bar.getStyleClass().add("top-bar");
        HBox.setHgrow(search.node(), Priority.SOMETIMES);
        return bar;
    }

    void installShortcuts(Scene scene) {
        scene.getAccelerators().clear();
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::focus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            show(Section.ORDERS);
            orders().newOrder(null);
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), () -> {
            show(Section.ORDERS);
            orders().attach();
        });
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (Section section : Section.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(digits[section.ordinal()], KeyCombination.SHORTCUT_DOWN),
                    () -> show(section));
        }
        scene.getAccelerators().put(QUIT, actions::quit);
        edit.installShortcuts(scene);
    }

    /** Reloads the section in view, after a change made from outside it (Undo). */
    private void reloadShown() {
        view(model.sectionProperty().get()).refresh();
    }

    /** Reloads the section in view unless it is Receiving, which reloads itself (a record saved from the phone). */
    private void reloadShownElsewhere() {
        if (model.sectionProperty().get() != Section.RECEIVING) {
            reloadShown();
        }
    }

    /** Closes what the sections keep open (the phone's page): the window closes or is built again. */
    void close() {
        others.close();
        views.values().forEach(View::close);
    }

    /** True when any section holds typing that is not saved yet. */
    public boolean hasUnsavedChanges() {
        return views.values().stream().anyMatch(View::hasUnsavedChanges);
    }

    /** Shows a section and reloads it. */
    public void show(Section section) {
        if (model.sectionProperty().get() == section) {
            display(section);
        } else {
            model.sectionProperty().set(section);
        }
    }

    private void display(Section section) {
        buttons.get(section).setSelected(true);
        View view = view(section);
        content.getChildren().setAll(view.node());
        view.refresh();
        model.showCounts(context.texts());
    }

    private View view(Section section) {
        return views.computeIfAbsent(section, s -> makers.get(s).get());
    }

    public Parent root() {
        return root;
    }

    public UiContext context() {
        return context;
    }

    Texts texts() {
        return context.texts();
    }

    public FactoriesView factories() {
        return (FactoriesView) view(Section.FACTORIES);
    }

    public OrdersView orders() {
        return (OrdersView) view(Section.ORDERS);
    }

    public ReceivingView receiving() {
        return (ReceivingView) view(Section.RECEIVING);
    }

    public DisputesView disputes() {
        return (DisputesView) view(Section.DISPUTES);
    }

    public StartView start() {
        return (StartView) view(Section.START);
    }
}
