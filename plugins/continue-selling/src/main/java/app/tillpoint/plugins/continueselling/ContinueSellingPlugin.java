package app.tillpoint.plugins.continueselling;

import org.pf4j.Plugin;

/** The pf4j plugin of continue-selling: no life-cycle work; its extensions do everything. */
public class ContinueSellingPlugin extends Plugin {
}
