package app.dossier.ui.common;

import app.dossier.domain.DefectRegion;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * One file shown as a thumbnail: the picture decoded at thumbnail size in the background (or an
 * icon for other files and for pictures that cannot be read, with the reason), a caption, a detail
 * line, and small buttons for what can be done with it.
 */
public final class FileTile {
    public static final double WIDTH = 176;
    public static final double IMAGE_WIDTH = 164;
    public static final double IMAGE_HEIGHT = 123;

    private final VBox node = new VBox();
    private final StackPane picture = new StackPane();
    private final HBox actions = new HBox(2);
    private final ContextMenu menu = new ContextMenu();
    private final Label problem = new Label();
    private ImageView view;

    /**
     * @param file the file on disk
     * @param isPicture whether it is a picture the window can show (JPEG, PNG, GIF, BMP)
     * @param caption the first line (the caption, else the file name)
     * @param detail smaller lines under it (file name, when it was taken); may be empty
     * @param tooltip shown on hover (when it was added, the full caption)
     */
    public FileTile(Path file, boolean isPicture, String caption, String detail, String tooltip) {
        node.getStyleClass().addAll("thumbnail", "file-tile");
        node.setPrefWidth(WIDTH);
        node.setMaxWidth(WIDTH);
        node.setMinWidth(WIDTH);
        picture.setMinSize(IMAGE_WIDTH, IMAGE_HEIGHT);
        picture.setPrefSize(IMAGE_WIDTH, IMAGE_HEIGHT);
        picture.setMaxSize(IMAGE_WIDTH, IMAGE_HEIGHT);
        picture.getStyleClass().add("file-tile-picture");
        if (isPicture) {
            Image image = new Image(file.toUri().toString(), IMAGE_WIDTH, IMAGE_HEIGHT, true, true, true);
            view = new ImageView(image);
            view.setFitWidth(IMAGE_WIDTH);
            view.setFitHeight(IMAGE_HEIGHT);
            view.setPreserveRatio(true);
            picture.getChildren().add(view);
            image.errorProperty().addListener((o, was, failed) -> {
                if (failed) {
                    showBroken(image);
                }
            });
            if (image.isError()) {
                showBroken(image);
            }
        } else {
            picture.getChildren().add(Icons.of(iconFor(file), 48));
        }

        Label title = new Label(caption);
        title.getStyleClass().add("file-tile-caption");
        title.setWrapText(true);
        title.setMaxHeight(40);
        title.setPrefWidth(IMAGE_WIDTH);
        Label details = new Label(detail);
        details.getStyleClass().addAll("subtle", "file-tile-detail");
        details.setWrapText(true);
        details.setPrefWidth(IMAGE_WIDTH);
        details.setMaxHeight(36);
        problem.getStyleClass().addAll("file-tile-problem", Styles.DANGER);
        problem.setWrapText(true);
        problem.setPrefWidth(IMAGE_WIDTH);
        problem.setVisible(false);
        problem.setManaged(false);
        actions.setAlignment(Pos.CENTER_LEFT);
        node.getChildren().addAll(picture, title, details, problem, actions);
        if (detail == null || detail.isEmpty()) {
            node.getChildren().remove(details);
        }
        if (tooltip != null && !tooltip.isEmpty()) {
            Tooltip tip = new Tooltip(tooltip);
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            Tooltip.install(node, tip);
        }
        node.setOnContextMenuRequested(e -> menu.show(node, e.getScreenX(), e.getScreenY()));
    }

    /**
     * Turns the picture the way its EXIF orientation says (1 upright … 8), as a phone held upright
     * stores its photos turned: orientation 6 is shown turned a quarter clockwise.
     */
    public FileTile turned(int orientation) {
        if (view != null) {
            turn(view, orientation, IMAGE_WIDTH, IMAGE_HEIGHT);
        }
        return this;
    }

    /**
     * Turns any picture the way its EXIF orientation says, to fit a box of {@code width} by
     * {@code height} once turned.
     */
    public static void turn(ImageView view, int orientation, double width, double height) {
        if (orientation <= 1 || orientation > 8) {
            return;
        }
        boolean sideways = orientation >= 5;
        if (sideways) {
            view.setFitWidth(height);
            view.setFitHeight(width);
        }
        double degrees = switch (orientation) {
            case 3, 4 -> 180;
            case 5, 8 -> 270;
            case 6, 7 -> 90;
            default -> 0;
        };
        view.setRotate(degrees);
        if (orientation == 2 || orientation == 4 || orientation == 5 || orientation == 7) {
            view.setScaleX(-1);
        }
    }

    /**
     * Outlines on the picture where the defect is marked (fractions of the upright picture), once
     * the picture is drawn and turned; nothing for a file without a mark or that is not a picture.
     */
    public FileTile marked(DefectRegion region, String words) {
        if (view == null || region == null) {
            return this;
        }
        Rectangle outline = defectOutline();
        outline.getStyleClass().add("file-tile-defect");
        outline.setAccessibleText(words);
        Pane overlay = new Pane(outline);
        overlay.setMouseTransparent(true);
        Runnable place = () -> {
            Bounds shown = view.getBoundsInParent();
            outline.setVisible(picture.getChildren().contains(view) && shown.getWidth() > 0 && view.getImage() != null
                    && view.getImage().getProgress() >= 1);
            double[] at = region.within(shown.getWidth(), shown.getHeight());
            // the overlay sits inside the picture's padding; the picture's bounds are the parent's
            outline.setX(shown.getMinX() - overlay.getLayoutX() + at[0]);
            outline.setY(shown.getMinY() - overlay.getLayoutY() + at[1]);
            outline.setWidth(at[2]);
            outline.setHeight(at[3]);
        };
        view.boundsInParentProperty().addListener((o, was, now) -> place.run());
        view.getImage().progressProperty().addListener((o, was, now) -> place.run());
        overlay.layoutXProperty().addListener((o, was, now) -> place.run());
        overlay.layoutYProperty().addListener((o, was, now) -> place.run());
        picture.getChildren().add(overlay);
        place.run();
        return this;
    }

    /** The outline drawn around a marked defect, on a tile and in the dialog that marks it. */
    public static Rectangle defectOutline() {
        Rectangle outline = new Rectangle();
        outline.setManaged(false);
        outline.setMouseTransparent(true);
        outline.setStroke(Color.web("#e53935"));
        outline.setStrokeWidth(2);
        outline.setFill(Color.web("#e53935", 0.12));
        return outline;
    }

    /**
     * Shows on the tile when the file was taken ("Taken 2026-10-03 10:31", or that it is not known)
     * and when it was added to the case: in a dispute the time a photo was taken counts, and it
     * should not take a hover to see it. An empty line is left out.
     */
    public FileTile times(String taken, String added) {
        int at = node.getChildren().indexOf(problem);
        if (added != null && !added.isEmpty()) {
            node.getChildren().add(at, timeLine(added, "file-tile-added"));
        }
        if (taken != null && !taken.isEmpty()) {
            node.getChildren().add(at, timeLine(taken, "file-tile-taken"));
        }
        return this;
    }

    private static Label timeLine(String text, String styleClass) {
        Label line = new Label(text);
        line.getStyleClass().addAll("subtle", "file-tile-time", styleClass);
        line.setPrefWidth(IMAGE_WIDTH);
        line.setWrapText(true);
        line.setMinHeight(Label.USE_PREF_SIZE);
        return line;
    }

    /** Adds a small button (icon only, with a tooltip) and the same entry in the right-click menu. */
    public FileTile action(String text, String icon, String id, Runnable action) {
        Button button = new Button(null, Icons.of(icon, 16));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        if (id != null) {
            button.setId(id);
        }
        button.setOnAction(e -> action.run());
        actions.getChildren().add(button);
        MenuItem item = new MenuItem(text, Icons.of(icon));
        item.setOnAction(e -> action.run());
        menu.getItems().add(item);
        return this;
    }

    /** Adds an entry to the right-click menu only (no button); {@code id} names it, for the tests. */
    public FileTile menuItem(String text, String icon, String id, Runnable action) {
        MenuItem item = new MenuItem(text, Icons.of(icon));
        item.setId(id);
        item.setOnAction(e -> action.run());
        menu.getItems().add(item);
        return this;
    }

    /**
     * Adds a submenu to the right-click menu, one entry per choice in the order given (e.g. Move to…
     * and the categories the file can go to). {@code id} names the submenu, for the tests.
     */
    public FileTile submenu(String text, String icon, String id, java.util.Map<String, Runnable> choices) {
        javafx.scene.control.Menu submenu = new javafx.scene.control.Menu(text, Icons.of(icon));
        if (id != null) {
            submenu.setId(id);
        }
        choices.forEach((label, action) -> {
            MenuItem item = new MenuItem(label);
            item.setOnAction(e -> action.run());
            submenu.getItems().add(item);
        });
        menu.getItems().add(submenu);
        return this;
    }

    /**
     * What the Delete key does on the tile when it is selected (a click selects it): usually remove
     * the file, after asking.
     */
    public FileTile onDelete(Runnable delete) {
        node.setFocusTraversable(true);
        node.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> node.requestFocus());
        node.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                e.consume();
                delete.run();
            }
        });
        return this;
    }

    /** What a double click does (usually: open the file). */
    public FileTile onOpen(Runnable open) {
        picture.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open.run();
            }
        });
        return this;
    }

    public Node node() {
        return node;
    }

    /** The picture, or null when the file is not one; for tests that check it was drawn. */
    public ImageView imageView() {
        return view;
    }

    private void showBroken(Image image) {
        picture.getChildren().setAll(Icons.of("mdi2i-image-broken-variant", 48));
        Throwable e = image.getException();
        problem.setText(e == null || e.getMessage() == null ? "?" : e.getMessage());
        problem.setVisible(true);
        problem.setManaged(true);
    }

    private static String iconFor(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "" -> "mdi2f-folder-outline";
            case "pdf" -> "mdi2f-file-pdf-box";
            case "jpg", "jpeg", "png", "gif", "bmp", "webp", "heic" -> "mdi2f-file-image-outline";
            case "mp4", "mov" -> "mdi2f-file-video-outline";
            case "mp3", "m4a", "amr" -> "mdi2f-file-music-outline";
            case "xls", "xlsx", "csv" -> "mdi2f-file-excel-outline";
            case "doc", "docx", "txt" -> "mdi2f-file-document-outline";
            default -> "mdi2f-file-outline";
        };
    }

    /** Whether a file name names a picture the window can draw. */
    public static boolean isDrawable(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png") || name.endsWith(".gif")
                || name.endsWith(".bmp");
    }
}
