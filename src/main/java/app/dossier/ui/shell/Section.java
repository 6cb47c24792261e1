package app.dossier.ui.shell;

import app.dossier.ui.common.Icons;

/** The parts of the window the navigation leads to. */
public enum Section {
    START("nav.start", Icons.START),
    FACTORIES("nav.factories", Icons.FACTORY),
    ORDERS("nav.orders", Icons.ORDER),
    RECEIVING("nav.receiving", Icons.RECEIVING),
    DISPUTES("nav.disputes", Icons.DISPUTE);

    private final String titleKey;
    private final String icon;

    Section(String titleKey, String icon) {
        this.titleKey = titleKey;
        this.icon = icon;
    }

    public String titleKey() {
        return titleKey;
    }

    public String icon() {
        return icon;
    }
}
