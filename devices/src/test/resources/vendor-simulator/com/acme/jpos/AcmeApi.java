package com.acme.jpos;

/** The vendor's base library, shipped in a jar of its own. */
public interface AcmeApi {
    String model();
}
