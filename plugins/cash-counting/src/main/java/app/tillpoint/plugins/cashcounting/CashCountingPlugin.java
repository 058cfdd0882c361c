package app.tillpoint.plugins.cashcounting;

import org.pf4j.Plugin;

/** The pf4j plugin of cash-counting: no life-cycle work; its extensions do everything. */
public class CashCountingPlugin extends Plugin {
}
