package app.tillpoint.plugins.selling;

import org.pf4j.Plugin;

/** The pf4j plugin of selling: no life-cycle work; its extensions do everything. */
public class SellingPlugin extends Plugin {
}
