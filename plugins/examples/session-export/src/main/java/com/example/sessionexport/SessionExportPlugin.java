package com.example.sessionexport;

import org.pf4j.Plugin;

/** The pf4j plugin of session-export: no life-cycle work; its {@link SessionExport} listener does everything. */
public class SessionExportPlugin extends Plugin {
}
