/**
 * The ports of the till's devices, implemented in the {@code devices} module (keyboard wedge, serial, JavaPOS,
 * simulated): {@link app.tillpoint.api.device.BadgeReader}, {@link app.tillpoint.api.device.CashDrawer}, and their
 * {@link app.tillpoint.api.device.DeviceStatus} as the dashboard shows it; since 1.3 the
 * {@link app.tillpoint.api.device.ReceiptPrinter} and its {@link app.tillpoint.api.device.PrintJob}.
 *
 * @since 1.0
 */
package app.tillpoint.api.device;
