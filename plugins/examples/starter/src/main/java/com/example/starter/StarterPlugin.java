package com.example.starter;

import org.pf4j.Plugin;

/** The pf4j plugin class named in plugin.properties: no life-cycle work; its extensions do everything. */
public class StarterPlugin extends Plugin {
}
