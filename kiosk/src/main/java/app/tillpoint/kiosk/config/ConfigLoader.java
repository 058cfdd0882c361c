package app.tillpoint.kiosk.config;

import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.sale.TaxRule;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads the terminal's JSON configuration file, or writes the demo terminal there on a first start.
 *
 * <p>An existing file is only ever read, never changed: whatever is wrong with it is reported as a
 * {@link ConfigException} naming the file, each field and what is wrong. Holds no state.
 */
public final class ConfigLoader {

    /** The name of the configuration file in the data folder when {@code --config} names none. */
    public static final String DEFAULT_FILE_NAME = "terminal.json";

    private static final Logger log = LoggerFactory.getLogger(ConfigLoader.class);

    /** {@code <dataDir>/terminal.json}. */
    public static Path defaultFile(Path dataDir) {
        return dataDir.resolve(DEFAULT_FILE_NAME);
    }

    /**
     * The configuration in {@code file}; if there is no such file, the demo terminal ({@link TerminalConfig#demo()}),
     * written there first.
     *
     * @throws ConfigException if the file cannot be read, is not JSON, or describes an invalid terminal; or if the
     *                         demo cannot be written
     */
    public TerminalConfig load(Path file) throws ConfigException {
        return load(file, TerminalConfig.demo());
    }

    /**
     * The configuration in {@code file}; if there is no such file, {@code demo}, written there first ({@code config
     * init} writes the demo with the on-screen keyboard on).
     *
     * @throws ConfigException as {@link #load(Path)}
     */
    public TerminalConfig load(Path file, TerminalConfig demo) throws ConfigException {
        // notExists, not !exists: a file whose presence cannot be told is read, and its error reported, never replaced.
        if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
            // Jackson's mapper, the heavy part of writing, is made for the first start only; reading needs none.
            ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            if (writeNew(file, toJson(demo, mapper), mapper)) {
                log.info("No configuration at {}: wrote the demo terminal {} there", file, demo.id());
                return demo;
            }
        }
        TerminalConfig config = read(file);
        log.info("Read the configuration of terminal {} \"{}\" from {}", config.id(), config.name(), file);
        return config;
    }

    private static TerminalConfig read(Path file) throws ConfigException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(file, TerminalConfigReader.WHOLE_FILE + ": cannot be read: " + e, e);
        }
        JsonNode root;
        try {
            root = JsonTree.read(bytes);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file, malformed(e), e);
        } catch (IOException e) {
            throw new ConfigException(file, TerminalConfigReader.WHOLE_FILE + ": cannot be read: " + e, e);
        }
        TerminalConfigReader reader = new TerminalConfigReader();
        TerminalConfig config = reader.read(root);
        if (config == null) {
            throw new ConfigException(file, reader.problems(), null);
        }
        return config;
    }

    /** "field: not valid JSON at line L, column C: what the parser expected". */
    private static String malformed(JsonProcessingException e) {
        String path = TerminalConfigReader.WHOLE_FILE;
        if (e.getProcessor() instanceof JsonParser parser) {
            path = pathOf(parser.getParsingContext());
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String what = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().replaceAll("\\s+", " ").strip();
        return path + ": not valid JSON" + where + ": " + what;
    }

    /** The dotted path ("policy.maxWrongPins", "denominations[2].value") of where the parser stopped. */
    private static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push((c.getParent() != null && c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? TerminalConfigReader.WHOLE_FILE : path;
    }

    /**
     * Writes {@code json} as a new {@code file}, whole or not at all. False if the file appeared meanwhile: it is left
     * as it is, to be read.
     */
    private static boolean writeNew(Path file, ObjectNode json, ObjectMapper mapper) throws ConfigException {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            byte[] bytes = (mapper.writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8);
            // Not createTempFile, which makes the file readable by its owner alone: the configuration gets the
            // permissions of everything else the kiosk writes (the umask), so the terminal's group can read it.
            Path candidate = folder.resolve(".terminal-" + UUID.randomUUID() + ".json.tmp");
            FileChannel created = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            temp = candidate;
            try (FileChannel channel = created) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            if (!moveIfAbsent(temp, file)) {
                return false;
            }
            temp = null;
            return true;
        } catch (IOException e) {
            throw new ConfigException(file, TerminalConfigReader.WHOLE_FILE
                    + ": there is no configuration file and the demo configuration cannot be written there: " + e, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** False, leaving both files alone, if {@code target} appeared meanwhile. */
    private static boolean moveIfAbsent(Path source, Path target) throws IOException {
        try {
            // A rename in the same folder: atomic, and without REPLACE_EXISTING it never replaces a file.
            Files.move(source, target);
            return true;
        } catch (FileAlreadyExistsException e) {
            log.info("{} appeared while the demo configuration was written; reading it instead", target);
            return false;
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            log.warn("Cannot delete the temporary file {}", temp, e);
        }
    }

    /** Basis points as the file writes a percentage: "12.5". */
    private static String percent(int basisPoints) {
        return java.math.BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    /** The configuration as the JSON of its file; the denominations only when they are not the built-in set. */
    static ObjectNode toJson(TerminalConfig config, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("id", config.id());
        root.put("name", config.name());
        root.put("currency", config.currency().getCurrencyCode());
        root.put("locale", config.locale().toLanguageTag());
        root.put("zone", config.zone().getId());
        if (!config.customDenominations().isEmpty()) {
            ArrayNode denominations = root.putArray("denominations");
            for (Denomination denomination : config.customDenominations()) {
                denominations.addObject()
                        .put("value", denomination.value().toPlainString())
                        .put("kind", denomination.kind().name().toLowerCase(Locale.ROOT));
            }
        }
        root.set("devices", mapper.valueToTree(config.devices()));
        if (!config.store().address().isEmpty() || !config.store().taxId().isEmpty()
                || !config.store().name().equals(config.name())) {
            root.set("store", mapper.valueToTree(config.store()));
        }
        TerminalConfig.Policy policy = config.policy();
        root.putObject("policy")
                .put("headCashierNeedsPin", policy.headCashierNeedsPin())
                .put("maxWrongPins", policy.maxWrongPins())
                .put("lockoutSeconds", policy.lockoutSeconds())
                .put("maxLockoutSeconds", policy.maxLockoutSeconds())
                .put("wrongPinsPerHour", policy.wrongPinsPerHour())
                .put("allowedClosingDifference", policy.allowedClosingDifference().toPlainString())
                .put("blindClose", policy.blindClose())
                .put("cashOutApprovalAbove", policy.cashOutApprovalAbove().toPlainString())
                .put("cashOutSessionLimit", policy.cashOutSessionLimit().toPlainString())
                .put("allowedOpeningDifference", policy.allowedOpeningDifference().toPlainString())
                .put("selfApproval", policy.selfApproval())
                .put("badgeOnlyTiles", policy.badgeOnlyTiles())
                .put("idleLockSeconds", policy.idleLockSeconds())
                .put("refundApprovalAbove", policy.refundApprovalAbove().toPlainString());
        ObjectNode written = (ObjectNode) root.get("policy");
        policy.cashMoveReasons().forEach(written.putArray("cashMoveReasons")::add);
        policy.closingReasons().forEach(written.putArray("closingReasons")::add);
        written.put("discountApprovalAbovePercent", percent(policy.discounts().discountBasisPoints()))
                .put("priceDropApprovalAbovePercent", percent(policy.discounts().priceDropBasisPoints()));
        policy.discounts().reasons().forEach(written.putArray("discountReasons")::add);
        if (!config.delivery().equals(TerminalConfig.Delivery.DEFAULT)) {
            TerminalConfig.Delivery delivery = config.delivery();
            root.putObject("delivery")
                    .put("timeoutSeconds", delivery.timeoutSeconds())
                    .put("firstPauseMillis", delivery.firstPauseMillis())
                    .put("longestPauseSeconds", delivery.longestPauseSeconds())
                    .put("parkAfter", delivery.parkAfter());
        }
        config.office().ifPresent(office -> root.putObject("office")
                .put("url", office.url())
                .put("credentials", office.credentials().toString()));
        if (!config.keyboard().equals(TerminalConfig.Keyboard.OFF)) {
            ObjectNode keyboard = root.putObject("keyboard").put("onScreen", config.keyboard().onScreen());
            config.keyboard().layouts().forEach(keyboard.putArray("layouts")::add);
        }
        if (!config.taxes().equals(TaxRule.DEFAULT)) {
            ObjectNode taxes = root.putObject("taxes");
            TaxesReader.toJson(config.taxes()).forEach(taxes::put);
        }
        if (!config.scaleBarcodes().isEmpty()) {
            root.set(ScaleBarcodesReader.SECTION, ScaleBarcodesReader.toJson(config.scaleBarcodes(), config.currency()));
        }
        if (!config.look().equals(TerminalConfig.Look.DEFAULT)) {
            root.putObject("look").put("theme", config.look().theme());
        }
        if (config.payments().size() > 1) {
            ArrayNode payments = root.putArray("payments");
            for (PaymentMethod method : config.payments().subList(1, config.payments().size())) {
                ObjectNode entry = payments.addObject().put("name", method.name())
                        .put("kind", method.kind().name().toLowerCase(Locale.ROOT));
                if (method.kind() == PaymentMethod.Kind.UPI) {
                    entry.put("vpa", method.vpa()).put("payee", method.payee());
                }
            }
        }
        return root;
    }
}
