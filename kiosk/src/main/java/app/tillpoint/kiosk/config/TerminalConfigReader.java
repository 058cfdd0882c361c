package app.tillpoint.kiosk.config;

import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.terminal.StoreDetails;
import app.tillpoint.devices.DevicesConfig;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static app.tillpoint.kiosk.config.Problems.describe;
import static app.tillpoint.kiosk.config.Problems.quote;

/**
 * Turns the JSON tree of a configuration file into a {@link TerminalConfig}, checking every field and collecting every
 * problem as "json.path: what is wrong" rather than stopping at the first.
 */
final class TerminalConfigReader {

    static final String WHOLE_FILE = "(whole file)";
    static final int MAX_NAME_LENGTH = 80;

    private static final List<String> FIELDS =
            List.of("id", "name", "currency", "locale", "zone", "denominations", "devices", "policy",
                    "delivery", "office", "keyboard", "taxes", "store", "look", ScaleBarcodesReader.SECTION, "payments");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    private final Problems problems = new Problems();
    private final JsonFields fields = new JsonFields(problems);
    private final RegionReader region = new RegionReader(problems);
    private final DenominationsReader denominationsReader = new DenominationsReader(problems);
    private final DevicesReader devicesReader = new DevicesReader(problems);
    private final PolicyReader policyReader = new PolicyReader(problems);
    private final DeliveryReader deliveryReader = new DeliveryReader(problems);
    private final OfficeReader officeReader = new OfficeReader(problems);
    private final KeyboardReader keyboardReader = new KeyboardReader(problems);
    private final TaxesReader taxesReader = new TaxesReader(problems);
    private final PaymentsReader paymentsReader = new PaymentsReader(problems);
    private final StoreReader storeReader = new StoreReader(problems);
    private final LookReader lookReader = new LookReader(problems);
    private final ScaleBarcodesReader scaleBarcodesReader = new ScaleBarcodesReader(problems);

    /** The configuration, or nothing when {@link #problems()} says why not. */
    TerminalConfig read(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            problems.add(WHOLE_FILE, "the file is empty; delete it to have the demo terminal written, or describe the"
                    + " terminal in it");
            return null;
        }
        if (!root.isObject()) {
            problems.add(WHOLE_FILE, "must be a JSON object { \"id\": ..., \"name\": ... }, not " + describe(root));
            return null;
        }
        fields.rejectUnknownFields(root, "", FIELDS);

        String id = fields.string(root, "", "id", "\"T01\"");
        if (id != null && !ID.matcher(id).matches()) {
            problems.add("id", "must be 1 to 32 letters, digits, '-' or '_', starting with a letter or digit, not "
                    + quote(id));
            id = null;
        }
        String name = fields.string(root, "", "name", "\"CHN LS Terminal 01\"");
        if (name != null) {
            name = name.strip();
            if (name.isEmpty()) {
                problems.add("name", "must not be blank");
                name = null;
            } else if (name.length() > MAX_NAME_LENGTH) {
                problems.add("name", "must be at most " + MAX_NAME_LENGTH + " characters, not " + name.length());
                name = null;
            }
        }
        Currency currency = region.currency(root);
        Locale locale = region.locale(root);
        ZoneId zone = region.zone(root);
        List<Denomination> denominations = denominationsReader.denominations(root, currency);
        DevicesConfig devices = devicesReader.devices(root);
        TerminalConfig.Policy policy = policyReader.policy(root, currency);
        TerminalConfig.Delivery delivery = deliveryReader.delivery(root);
        Optional<TerminalConfig.Office> office = officeReader.office(root);
        TerminalConfig.Keyboard keyboard = keyboardReader.keyboard(root);
        TaxRule taxes = taxesReader.taxes(root);
        StoreDetails store = storeReader.store(root, name);
        TerminalConfig.Look look = lookReader.look(root);
        List<ScaleBarcode.Rule> scaleBarcodes = scaleBarcodesReader.rules(root, currency);
        List<PaymentMethod> payments = paymentsReader.payments(root);

        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return new TerminalConfig(id, name, currency, locale, zone, denominations, devices, policy,
                    delivery, office, keyboard, taxes, store, look, scaleBarcodes, payments);
        } catch (IllegalArgumentException e) {
            // Every rule of the record is checked above; reaching this is a bug of this reader, still reported.
            problems.add(WHOLE_FILE, e.getMessage());
            return null;
        }
    }

    /** Every problem found, as "json.path: what is wrong", in the order of the file's sections. */
    List<String> problems() {
        return problems.list();
    }
}
