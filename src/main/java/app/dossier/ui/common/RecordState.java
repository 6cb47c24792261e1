package app.dossier.ui.common;

import app.dossier.domain.guidance.CategoryCheck;

/**
 * How one of an order's four records stands, as the window marks it: complete (green), partial
 * (amber), missing (red), or not due yet (grey: the goods have not arrived).
 */
public enum RecordState {
    COMPLETE("present", "mdi2c-check-circle"),
    PARTIAL("partial", "mdi2a-alert"),
    MISSING("missing", "mdi2a-alert-circle"),
    WAITING("waiting", "mdi2c-clock-outline");

    private final String styleClass;
    private final String icon;

    RecordState(String styleClass, String icon) {
        this.styleClass = styleClass;
        this.icon = icon;
    }

    public static RecordState of(CategoryCheck check) {
        return switch (check.status()) {
            case COMPLETE -> COMPLETE;
            case PARTIAL -> PARTIAL;
            case MISSING -> check.waiting() ? WAITING : MISSING;
        };
    }

    /** The style class for text in this state: present, partial, missing or waiting. */
    public String styleClass() {
        return styleClass;
    }

    /** The icon that marks this state. */
    public String icon() {
        return icon;
    }

    /** Every style class a node may carry for a state, to remove before adding the new one. */
    public static String[] styleClasses() {
        RecordState[] all = values();
        String[] classes = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            classes[i] = all[i].styleClass;
        }
        return classes;
    }
}
