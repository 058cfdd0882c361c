package app.tillpoint.plugins.selling;

import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;

/**
 * A dialog of this plugin that reads the product scanner itself while it is shown over the register, as the refund
 * dialog reads receipts. The host hands a scan to every subscription of the plugin whose screen is shown, the
 * register's own included, so the register asks {@link #shownOver} and leaves the scan to the dialog.
 */
interface ScanningDialog {

    /** Whether such a dialog is showing in the window of {@code register} (an overlay over it). Event thread. */
    static boolean shownOver(Component register) {
        JRootPane root = SwingUtilities.getRootPane(register);
        return root != null && showingIn(root.getLayeredPane());
    }

    private static boolean showingIn(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof ScanningDialog && child.isShowing()) {
                return true;
            }
            if (child instanceof Container inner && showingIn(inner)) {
                return true;
            }
        }
        return false;
    }
}
