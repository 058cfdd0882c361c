package app.tillpoint.api;

/**
 * The version of this plugin API, following semantic versioning: a new minor adds, a new major breaks.
 *
 * <p>1.1 added selling (catalog, sales), cash moves, closing and the terminal policy.
 *
 * <p>A plugin declares the range it needs in {@code plugin.properties}, e.g. {@code plugin.requires=>=1.0.0 & <2.0.0};
 * the host refuses, with a message naming both, a plugin whose range does not hold this version.
 */
public final class ApiVersion {
    public static final String CURRENT = "1.2.0";

    private ApiVersion() {
    }
}
