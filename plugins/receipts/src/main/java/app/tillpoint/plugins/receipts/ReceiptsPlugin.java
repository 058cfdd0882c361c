package app.tillpoint.plugins.receipts;

import org.pf4j.Plugin;

/** The pf4j plugin of receipts: its extensions and their print queue do everything; stopping ends the queue's thread. */
public class ReceiptsPlugin extends Plugin {
    @Override
    public void stop() {
        PrintQueue.stopAll();
    }
}
