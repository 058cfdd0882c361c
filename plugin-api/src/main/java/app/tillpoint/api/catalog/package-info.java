/**
 * The products this till sells: {@link app.tillpoint.api.catalog.Catalog} (backed by the host's database,
 * imported from CSV or JSON) and {@link app.tillpoint.api.catalog.Product}.
 *
 * @since 1.1
 */
package app.tillpoint.api.catalog;
