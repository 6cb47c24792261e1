package app.dossier.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;

/** Icons by the meaning they carry, from Material Design Icons. */
public final class Icons {
    public static final String FACTORY = "mdi2f-factory";
    public static final String ORDER = "mdi2c-clipboard-list-outline";
    public static final String RECEIVING = "mdi2t-truck-delivery-outline";
    public static final String DISPUTE = "mdi2s-scale-balance";
    public static final String START = "mdi2h-home-outline";
    public static final String SEARCH = "mdi2m-magnify";
    public static final String ADD = "mdi2p-plus";
    public static final String ATTACH = "mdi2p-paperclip";
    public static final String SAVE = "mdi2c-content-save-outline";
    public static final String OPEN = "mdi2o-open-in-new";
    public static final String FOLDER = "mdi2f-folder-open-outline";
    public static final String PRESENT = "mdi2c-check-circle";
    public static final String MISSING = "mdi2a-alert-circle";
    public static final String SETTINGS = "mdi2c-cog-outline";
    public static final String VERIFY = "mdi2s-shield-check-outline";
    public static final String CANCEL = "mdi2c-close-circle-outline";
    public static final String FILE = "mdi2f-file-document-outline";
    public static final String PAYMENT = "mdi2c-cash-multiple";
    public static final String EDIT = "mdi2p-pencil-outline";
    public static final String DEFECT = "mdi2s-selection-drag";
    public static final String TRASH = "mdi2t-trash-can-outline";
    public static final String CHAT = "mdi2m-message-text-outline";
    public static final String LOCK = "mdi2l-lock-outline";
    public static final String ACCOUNT = "mdi2a-account-circle-outline";
    public static final String UNDO = "mdi2u-undo";
    public static final String REDO = "mdi2r-redo";

    private Icons() {
    }

    public static FontIcon of(String code) {
        return new FontIcon(code);
    }

    /**
     * An icon of a given size. The size is also set as an inline style: the theme's own
     * {@code .ikonli-font-icon {-fx-icon-size: 18px}} would otherwise win over {@code setIconSize}.
     */
    public static FontIcon of(String code, int size) {
        FontIcon icon = new FontIcon(code);
        icon.setIconSize(size);
        icon.setStyle(icon.getStyle() + "-fx-icon-size: " + size + "px;");
        return icon;
    }
}
