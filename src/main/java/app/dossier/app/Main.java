package app.dossier.app;

/** Starts Dossier: the window with no arguments, the command line with any. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("Dossier");
    }
}
