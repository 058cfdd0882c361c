package app.tillpoint.kiosk.config;

import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.devices.DevicesConfig;
import app.tillpoint.devices.JavaPosConfig;
import app.tillpoint.devices.ReceiptPrinterConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ConfigLoaderTest {

    private static final Currency INR = Currency.getInstance("INR");

    @TempDir
    Path folder;

    private final ConfigLoader loader = new ConfigLoader();

    // --- first start ---

    @Test
    void firstStartWritesTheDemoTerminalAndReadsItBackEqual() throws Exception {
        Path file = folder.resolve("terminal.json");

        TerminalConfig written = loader.load(file);

        assertThat(written).isEqualTo(TerminalConfig.demo());
        assertThat(written.id()).isEqualTo("T01");
        assertThat(written.name()).isEqualTo("CHN LS Terminal 01");
        assertThat(written.currency()).isEqualTo(INR);
        assertThat(written.locale()).isEqualTo(Locale.forLanguageTag("en-IN"));
        assertThat(written.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(written.denominations()).isEqualTo(BuiltInDenominations.of(INR));
        assertThat(written.devices()).isEqualTo(DevicesConfig.demo());
        assertThat(written.policy()).isEqualTo(TerminalConfig.Policy.demo(INR));
        assertThat(Files.readString(file)).contains("\"id\" : \"T01\"", "\"allowedClosingDifference\" : \"0.00\"")
                .doesNotContain("denominations");
        assertThat(filesIn(folder)).containsExactly("terminal.json");

        assertThat(loader.load(file)).isEqualTo(written);
    }

    @Test
    void theDemoFileHasThePermissionsOfAnyNewFileNotTheOwnersAlone() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("terminal.json");
        loader.load(file);
        Path plain = Files.writeString(folder.resolve("plain.txt"), "x");

        // On an installed terminal the kiosk's umask is 007: the group tillpoint reads what the kiosk wrote.
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void firstStartCreatesTheMissingFolder() throws Exception {
        Path file = folder.resolve("data").resolve("tillpoint").resolve("terminal.json");

        assertThat(loader.load(file)).isEqualTo(TerminalConfig.demo());
        assertThat(file).isRegularFile();
    }

    @Test
    void aFileBehindAFileNamesTheFile() throws IOException {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        Path file = blocker.resolve("terminal.json");

        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));

        assertThat(e.getMessage()).contains(file.toString(), "Not a directory");
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }

    @Test
    void aDemoThatCannotBeWrittenNamesTheFile() {
        // Even root cannot create folders in /proc: a folder the demo cannot be written to, without mocking.
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")), "needs Linux /proc");
        Path file = proc.resolve("tillpoint-config-test").resolve("terminal.json");

        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));

        assertThat(e.getMessage()).contains(file.toString(),
                "there is no configuration file and the demo configuration cannot be written there");
    }

    @Test
    void theDefaultFileIsTerminalJsonInTheDataFolder() {
        assertThat(ConfigLoader.defaultFile(folder)).isEqualTo(folder.resolve("terminal.json"));
    }

    // --- an existing file is read, never written ---

    @Test
    void anExistingValidFileIsReadAndNotOverwritten() throws Exception {
        Path file = TestConfigFile.valid().set("name", "MUM Airport 3").set("policy.maxWrongPins", 3)
                .remove("policy.blindClose").writeTo(folder);
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);

        TerminalConfig config = loader.load(file);
        loader.load(file);

        assertThat(config.name()).isEqualTo("MUM Airport 3");
        assertThat(config.policy().maxWrongPins()).isEqualTo(3);
        assertThat(config.policy().blindClose()).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(filesIn(folder)).containsExactly("terminal.json");
    }

    @Test
    void theReadmeExampleIsValid() throws Exception {
        TerminalConfig config = loader.load(TestConfigFile.fromResource("readme-example.json", folder));

        assertThat(config.denominations()).isEqualTo(BuiltInDenominations.of(INR));
        assertThat(config.devices()).isEqualTo(DevicesConfig.demo());
        assertThat(config.policy()).isEqualTo(TerminalConfig.Policy.defaults(INR));
    }

    @Test
    void onlyTheRequiredFieldsAreNeeded() throws Exception {
        Path file = TestConfigFile.valid().remove("devices").remove("policy").writeTo(folder);

        TerminalConfig config = loader.load(file);

        assertThat(config.devices()).isEqualTo(DevicesConfig.demo());
        assertThat(config.policy()).isEqualTo(TerminalConfig.Policy.defaults(INR));
        assertThat(config.denominations()).hasSize(11);
    }

    // --- malformed JSON ---

    @Test
    void malformedJsonNamesTheFileTheFieldTheLineAndColumnAndLeavesTheFileAlone() throws IOException {
        Path file = TestConfigFile.fromResource("malformed-missing-comma.json", folder);

        ConfigException e = failsLeavingFileUnchanged(file);

        assertThat(e.problems()).singleElement().asString()
                .startsWith("name: not valid JSON at line 4, column 3: ")
                .contains("was expecting comma");
        assertThat(e.getMessage()).contains(file.toString(), "nothing was changed", "line 4, column 3");
    }

    @Test
    void malformedJsonInsideASectionNamesTheSection() throws IOException {
        Path file = TestConfigFile.fromResource("malformed-policy-trailing-comma.json", folder);

        ConfigException e = failsLeavingFileUnchanged(file);

        assertThat(e.problems()).singleElement().asString().startsWith("policy.maxWrongPins: not valid JSON at line 9,");
    }

    @Test
    void anEmptyFileIsReportedAndNotReplacedByTheDemo() throws IOException {
        Path file = TestConfigFile.withText("", folder);

        ConfigException e = failsLeavingFileUnchanged(file);

        assertThat(e.problems()).singleElement().asString().startsWith("(whole file): the file is empty");
    }

    @Test
    void aFileThatIsNotAnObjectIsReported() throws IOException {
        ConfigException e = failsLeavingFileUnchanged(TestConfigFile.withText("[1, 2]", folder));

        assertThat(e.problems()).containsExactly(
                "(whole file): must be a JSON object { \"id\": ..., \"name\": ... }, not a list");
    }

    @Test
    void textAfterTheObjectIsReported() throws IOException {
        ConfigException e = failsLeavingFileUnchanged(TestConfigFile.withText("{\"id\": \"T01\"} }", folder));

        assertThat(e.problems()).singleElement().asString().contains("not valid JSON at line 1");
    }

    @Test
    void aSecondObjectAfterTheFirstIsReported() throws IOException {
        ConfigException e = failsLeavingFileUnchanged(
                TestConfigFile.withText("{\"id\": \"T01\"}\n{\"id\": \"T02\"}", folder));

        assertThat(e.problems()).singleElement().asString()
                .startsWith("(whole file): not valid JSON at line 2, column 2: more JSON ({) after the end of the"
                        + " configuration");
    }

    @Test
    void aFieldWrittenTwiceIsReported() throws IOException {
        ConfigException e = failsLeavingFileUnchanged(
                TestConfigFile.withText("{\"id\": \"T01\",\n \"id\": \"T02\"}", folder));

        assertThat(e.problems()).singleElement().asString().startsWith("id: not valid JSON at line 2")
                .containsIgnoringCase("duplicate");
    }

    @Test
    void aFileThatCannotBeReadNamesTheFile() throws IOException {
        Path file = Files.createDirectory(folder.resolve("terminal.json"));

        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));

        assertThat(e.getMessage()).contains(file.toString(), "cannot be read");
        assertThat(file).isDirectory();
    }

    // --- terminal fields ---

    @Test
    void anUnknownCurrencyNamesTheFileTheFieldAndTheCodeAndLeavesTheFileAlone() throws IOException {
        Path file = TestConfigFile.fromResource("unknown-currency.json", folder);

        ConfigException e = failsLeavingFileUnchanged(file);

        assertThat(e.problems()).singleElement().asString().startsWith("currency: unknown currency \"XYZ\"");
        assertThat(e.getMessage()).contains(file.toString(), "currency: unknown currency \"XYZ\"");
    }

    @Test
    void aCurrencyInSmallLettersGetsAHint() throws IOException {
        ConfigException e = failsLeavingFileUnchanged(TestConfigFile.valid().set("currency", "eur").writeTo(folder));

        assertThat(e.problems()).containsExactly(
                "currency: unknown currency \"eur\"; currency codes are written in capitals: \"EUR\"");
    }

    @Test
    void aCurrencyWithoutCoinsIsRefused() throws IOException {
        ConfigException e = failsLeavingFileUnchanged(TestConfigFile.valid().set("currency", "XAU").writeTo(folder));

        assertThat(e.problems()).containsExactly("currency: \"XAU\" is not a currency of bills and coins");
    }

    @Test
    void missingFieldsAreEachNamed() throws IOException {
        Path file = TestConfigFile.valid().remove("id").set("name", null).remove("currency").remove("locale")
                .remove("zone").writeTo(folder);

        ConfigException e = failsLeavingFileUnchanged(file);

        assertThat(e.problems()).containsExactly(
                "id: missing; write it as a string such as \"T01\"",
                "name: missing; write it as a string such as \"CHN LS Terminal 01\"",
                "currency: missing; write it as a string such as \"INR\"",
                "locale: missing; write it as a string such as \"en-IN\"",
                "zone: missing; write it as a string such as \"Asia/Kolkata\"");
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() throws IOException {
        Path file = TestConfigFile.valid().set("name", "   ").set("locale", "en_IN").set("zone", "Mars/Olympus")
                .set("policy.maxWrongPins", 0).set("policy.blindClose", "no").writeTo(folder);

        ConfigException e = failsLeavingFileUnchanged(file);

        assertThat(e.problems()).containsExactly(
                "name: must not be blank",
                "locale: \"en_IN\" is not a BCP 47 language tag; write it like \"en-IN\" or \"de-DE\"",
                "zone: unknown time zone \"Mars/Olympus\" (a region id such as \"Asia/Kolkata\")",
                "policy.maxWrongPins: must be from 1 to 20, not 0",
                "policy.blindClose: must be true or false, not the string \"no\"");
        assertThat(e.getMessage()).contains("5 problems:");
    }

    @Test
    void theIdIsShortLettersAndDigits() throws IOException {
        ConfigException e = failsLeavingFileUnchanged(TestConfigFile.valid().set("id", "T 01").writeTo(folder));

        assertThat(e.problems()).singleElement().asString().startsWith("id: must be 1 to 32 letters");
    }

    @Test
    void theNameIsTrimmedAndLimited() throws Exception {
        Path file = TestConfigFile.valid().set("name", "  Front till  ").writeTo(folder);
        assertThat(loader.load(file).name()).isEqualTo("Front till");

        ConfigException e = failsLeavingFileUnchanged(TestConfigFile.valid().set("name", "x".repeat(81))
                .writeTo(folder));
        assertThat(e.problems()).containsExactly("name: must be at most 80 characters, not 81");
    }

    @Test
    void aNameThatIsNotAStringIsNamed() throws IOException {
        ConfigException e = failsLeavingFileUnchanged(TestConfigFile.valid().set("name", 12).writeTo(folder));

        assertThat(e.problems()).containsExactly(
                "name: must be a string such as \"CHN LS Terminal 01\", not the number 12");
    }

    @Test
    void anUnknownLocaleIsRefusedAndKnownOnesAreRead() throws Exception {
        ConfigException e = failsLeavingFileUnchanged(TestConfigFile.valid().set("locale", "xx-YY").writeTo(folder));
        assertThat(e.problems()).containsExactly(
                "locale: unknown locale \"xx-YY\" (a language and a region such as \"en-IN\")");

        for (String tag : List.of("de-DE", "hi-IN", "fil-PH", "es-419", "en")) {
            Path file = TestConfigFile.valid().set("locale", tag).writeTo(folder);
            assertThat(loader.load(file).locale()).isEqualTo(Locale.forLanguageTag(tag));
        }
    }

    @Test
    void theDeliverySectionIsReadWithDefaultsForWhatItLeavesOut() throws Exception {
        assertThat(loader.load(TestConfigFile.valid().writeTo(folder)).delivery())
                .isEqualTo(TerminalConfig.Delivery.DEFAULT);
        Path file = TestConfigFile.valid().set("delivery.timeoutSeconds", 2).set("delivery.parkAfter", 3)
                .writeTo(folder);

        assertThat(loader.load(file).delivery()).isEqualTo(new TerminalConfig.Delivery(2, 1000, 300, 3));
    }

    @Test
    void aDeliverySectionOutOfRangeIsRefusedByPath() throws IOException {
        Path file = TestConfigFile.valid().set("delivery.timeoutSeconds", 0).set("delivery.parkAfter", "ten")
                .writeTo(folder);

        assertThat(failsLeavingFileUnchanged(file).problems()).containsExactly(
                "delivery.timeoutSeconds: must be from 1 to 3600, not 0",
                "delivery.parkAfter: must be a whole number from 1 to 1000, not the string \"ten\"");
        Path slow = TestConfigFile.valid().set("delivery.firstPauseMillis", 10_000)
                .set("delivery.longestPauseSeconds", 5).writeTo(folder);
        assertThat(failsLeavingFileUnchanged(slow).problems()).containsExactly(
                "delivery.longestPauseSeconds: must be at least the first pause (10000 ms), not 5 s");
    }

    @Test
    void aJavaPosReceiptPrinterIsReadByItsLogicalNameAndOneWithoutItIsRefused() throws Exception {
        Path file = TestConfigFile.valid().setJson("devices.receiptPrinter", "{\"type\": \"javapos\", \"javapos\":"
                + " {\"logicalName\": \"POSPrinter1\", \"jposXml\": \"/etc/tillpoint/jpos.xml\"}}").writeTo(folder);

        assertThat(loader.load(file).devices().receiptPrinter()).isEqualTo(ReceiptPrinterConfig.javapos(
                new JavaPosConfig("POSPrinter1", null, "/etc/tillpoint/jpos.xml", null)));
        Path missing = TestConfigFile.valid().setJson("devices.receiptPrinter", "{\"type\": \"javapos\"}")
                .writeTo(folder);
        assertThat(failsLeavingFileUnchanged(missing).problems())
                .containsExactly("devices.receiptPrinter.javapos: missing");
    }

    @Test
    void unknownFieldsAreRejectedByName() throws IOException {
        Path file = TestConfigFile.valid().set("Name", "x").set("colour", "blue").set("policy.maxWrongPin", 3)
                .writeTo(folder);

        ConfigException e = failsLeavingFileUnchanged(file);

        assertThat(e.problems()).containsExactly(
                "Name: unknown field; did you mean \"name\"?",
                "colour: unknown field (known fields: id, name, currency, locale, zone, denominations, devices,"
                        + " policy, delivery, office, keyboard, taxes, store, look, scaleBarcodes, payments)",
                "policy.maxWrongPin: unknown field (known fields: headCashierNeedsPin, maxWrongPins, lockoutSeconds,"
                        + " maxLockoutSeconds, wrongPinsPerHour, allowedClosingDifference, blindClose,"
                        + " cashOutApprovalAbove, cashOutSessionLimit, allowedOpeningDifference, selfApproval,"
                        + " badgeOnlyTiles, idleLockSeconds, cashMoveReasons, closingReasons, refundApprovalAbove,"
                        + " discountApprovalAbovePercent, priceDropApprovalAbovePercent, discountReasons)");
    }

    // --- denominations ---

    @Test
    void aCustomDenominationListIsReadLargestFirst() throws Exception {
        TerminalConfig config = loader.load(TestConfigFile.fromResource("custom-denominations.json", folder));

        assertThat(config.customDenominations()).hasSize(5);
        assertThat(config.denominations()).containsExactly(
                Denomination.bill(Money.ofMajor(500, INR)),
                Denomination.bill(Money.ofMajor(100, INR)),
                Denomination.bill(Money.ofMajor(20, INR)),
                Denomination.coin(Money.ofMajor(20, INR)),
                Denomination.coin(Money.of(50, INR)));
        assertThat(new ConfiguredTerminal(config).emptyCount().denominations()).hasSize(5);
    }

    @Test
    void aCustomListIsWrittenBackAsItWasRead() throws Exception {
        TerminalConfig config = loader.load(TestConfigFile.fromResource("custom-denominations.json", folder));
        Path copy = Files.createDirectory(folder.resolve("copy")).resolve("terminal.json");
        Files.writeString(copy, ConfigLoader.toJson(config, new com.fasterxml.jackson.databind.ObjectMapper())
                .toPrettyString());

        assertThat(loader.load(copy)).isEqualTo(config);
    }

    @Test
    void aCurrencyWithoutABuiltInSetNeedsItsDenominations() throws Exception {
        Path file = TestConfigFile.valid().set("currency", "JPY").set("policy.allowedClosingDifference", "0")
                .writeTo(folder);
        ConfigException e = failsLeavingFileUnchanged(file);
        assertThat(e.problems()).containsExactly("denominations: missing: JPY has no built-in set (only "
                + String.join(", ", BuiltInDenominations.CURRENCY_CODES) + " have one); list its bills and coins");

        TestConfigFile.valid().set("currency", "JPY").set("locale", "ja-JP").set("zone", "Asia/Tokyo")
                .set("policy.allowedClosingDifference", "0")
                .setJson("denominations", "[{\"value\": \"10000\", \"kind\": \"bill\"},"
                        + " {\"value\": \"1000\", \"kind\": \"bill\"}, {\"value\": \"500\", \"kind\": \"coin\"}]")
                .writeTo(folder);
        TerminalConfig yen = loader.load(file);
        assertThat(yen.denominations()).extracting(Denomination::minorUnits).containsExactly(10000L, 1000L, 500L);
    }

    @Test
    void badDenominationsAreEachNamedByTheirPlaceInTheList() throws IOException {
        Path file = TestConfigFile.valid().setJson("denominations", """
                [ {"value": "500.00", "kind": "bill"},
                  {"value": "12.345", "kind": "coin"},
                  {"value": 10.5, "kind": "coin"},
                  {"value": "0.00", "kind": "coin"},
                  {"value": "5", "kind": "note"},
                  {"value": "500", "kind": "bill"},
                  {"kind": "coin"},
                  {"value": "1", "kind": "coin", "weight": 3},
                  "20.00" ]""").writeTo(folder);

        ConfigException e = failsLeavingFileUnchanged(file);

        assertThat(e.problems()).containsExactly(
                "denominations[1].value: \"12.345\" is not an amount of INR: digits with at most 2 decimals, no sign,"
                        + " no grouping, such as \"500.00\"",
                "denominations[2].value: must be a string such as \"500.00\", not the number 10.5 (amounts are"
                        + " written in quotes, never as JSON numbers)",
                "denominations[3].value: must be more than zero",
                "denominations[4].kind: must be \"bill\" or \"coin\", not \"note\"",
                "denominations[5]: the 500.00 bill is listed twice (also denominations[0])",
                "denominations[6].value: missing; write it as a string such as \"500.00\"",
                "denominations[7].weight: unknown field (known fields: value, kind)",
                "denominations[8]: must be an object such as {\"value\": \"500.00\", \"kind\": \"bill\"}, not the"
                        + " string \"20.00\"");
    }

    @Test
    void anEmptyListIsNotTheBuiltInSet() throws IOException {
        ConfigException e = failsLeavingFileUnchanged(TestConfigFile.valid().setJson("denominations", "[]")
                .writeTo(folder));

        assertThat(e.problems()).containsExactly(
                "denominations: must list at least one bill or coin, or be left out for the built-in set of INR");
    }

    @Test
    void aNullListIsTheBuiltInSet() throws Exception {
        TerminalConfig config = loader.load(TestConfigFile.valid().set("denominations", null).writeTo(folder));

        assertThat(config.denominations()).isEqualTo(BuiltInDenominations.of(INR));
    }

    // --- devices ---

    @Test
    void devicesAreReadWithTheirOwnProblems() throws Exception {
        Path file = TestConfigFile.valid().set("devices.badgeReader.type", "laser").writeTo(folder);
        ConfigException e = failsLeavingFileUnchanged(file);
        assertThat(e.problems()).singleElement().asString()
                .startsWith("devices.badgeReader.type: \"laser\" is not one of");

        Path portless = TestConfigFile.valid().set("devices.cashDrawer.type", "escpos-serial").writeTo(folder);
        assertThat(failsLeavingFileUnchanged(portless).problems())
                .containsExactly("devices.cashDrawer.serial: missing");

        Path serial = TestConfigFile.valid().set("devices.cashDrawer.type", "escpos-serial")
                .set("devices.cashDrawer.serial.port", "/dev/ttyS0").writeTo(folder);
        var drawer = loader.load(serial).devices().cashDrawer();
        assertThat(drawer.type()).isEqualTo("escpos-serial");
        assertThat(drawer.serial().port()).isEqualTo("/dev/ttyS0");
    }

    @Test
    void anUnknownDeviceFieldIsNamed() throws IOException {
        Path file = TestConfigFile.valid().set("devices.cashDrawer.colour", "red").writeTo(folder);

        ConfigException e = failsLeavingFileUnchanged(file);

        assertThat(e.problems()).singleElement().asString()
                .startsWith("devices.cashDrawer.colour: unknown field (known fields: ")
                .contains("type");
    }

    @Test
    void aMissingDeviceIsNamed() throws IOException {
        ConfigException e = failsLeavingFileUnchanged(TestConfigFile.valid().remove("devices.cashDrawer")
                .writeTo(folder));

        assertThat(e.problems()).containsExactly("devices.cashDrawer: missing");
    }

    @Test
    void aDeviceOfTheWrongShapeIsNamed() throws IOException {
        ConfigException e = failsLeavingFileUnchanged(TestConfigFile.valid().set("devices.badgeReader", "serial")
                .writeTo(folder));

        assertThat(e.problems()).containsExactly("devices.badgeReader: must be an object { ... }, not the string"
                + " \"serial\"");
    }

    @Test
    void deviceFieldsOfTheWrongTypeAreEachNamedAndNothingIsCoerced() throws IOException {
        ConfigException e = failsLeavingFileUnchanged(TestConfigFile.valid()
                .set("devices.badgeReader.minLength", "4")
                .setJson("devices.badgeReader.maxKeyGapMillis", "50.5")
                .setJson("devices.badgeReader.prefix", "7")
                .set("devices.cashDrawer.type", "escpos-serial")
                .setJson("devices.cashDrawer.serial", "{\"port\": \"/dev/ttyS0\", \"baudRate\": 99999999999}")
                .set("devices.cashDrawer.statusSupported", "yes")
                .writeTo(folder));

        assertThat(e.problems()).containsExactly(
                "devices.badgeReader.prefix: must be a string, not the number 7",
                "devices.badgeReader.minLength: must be a whole number, not the string \"4\"",
                "devices.badgeReader.maxKeyGapMillis: must be a whole number, not the number 50.5",
                "devices.cashDrawer.serial.baudRate: must be a whole number, not the number 99999999999",
                "devices.cashDrawer.statusSupported: must be true or false, not the string \"yes\"");
    }

    @Test
    void nullDeviceFieldsTakeTheirDefaults() throws Exception {
        Path file = TestConfigFile.valid().set("devices.cashDrawer.type", "escpos-serial")
                .setJson("devices.cashDrawer.serial", "{\"port\": \"/dev/ttyS0\", \"baudRate\": null}")
                .setJson("devices.cashDrawer.pin", "null").writeTo(folder);

        var drawer = loader.load(file).devices().cashDrawer();

        assertThat(drawer.serial().baudRate()).isEqualTo(9600);
        assertThat(drawer.pin()).isZero();
    }

    @Test
    void aDeviceListedAsAListIsNamed() throws IOException {
        ConfigException e = failsLeavingFileUnchanged(TestConfigFile.valid().setJson("devices.cashDrawer", "[]")
                .writeTo(folder));

        assertThat(e.problems()).containsExactly("devices.cashDrawer: must be an object { ... }, not a list");
    }

    // --- policy ---

    @Test
    void policyMaxWrongPinsIsFrom1To20() throws Exception {
        assertPolicyProblem("maxWrongPins", 0, "policy.maxWrongPins: must be from 1 to 20, not 0");
        assertPolicyProblem("maxWrongPins", 21, "policy.maxWrongPins: must be from 1 to 20, not 21");
        assertPolicyProblem("maxWrongPins", -5, "policy.maxWrongPins: must be from 1 to 20, not -5");
        assertPolicyProblem("maxWrongPins", 10_000_000_000L,
                "policy.maxWrongPins: must be from 1 to 20, not 10000000000");
        assertPolicyProblem("maxWrongPins", new BigDecimal("5.5"),
                "policy.maxWrongPins: must be a whole number from 1 to 20, not the number 5.5");
        assertPolicyProblem("maxWrongPins", "5",
                "policy.maxWrongPins: must be a whole number from 1 to 20, not the string \"5\"");
        assertThat(policyWith("maxWrongPins", 1).maxWrongPins()).isEqualTo(1);
        assertThat(policyWith("maxWrongPins", 20).maxWrongPins()).isEqualTo(20);
    }

    @Test
    void policyLockoutSecondsIsFrom1To3600() throws Exception {
        assertPolicyProblem("lockoutSeconds", 0, "policy.lockoutSeconds: must be from 1 to 3600, not 0");
        assertPolicyProblem("lockoutSeconds", 3601, "policy.lockoutSeconds: must be from 1 to 3600, not 3601");
        assertPolicyProblem("lockoutSeconds", true,
                "policy.lockoutSeconds: must be a whole number from 1 to 3600, not true");
        assertThat(policyWith("lockoutSeconds", 1).lockoutSeconds()).isEqualTo(1);
        assertThat(policyWith("lockoutSeconds", 3600).lockoutSeconds()).isEqualTo(3600);
    }

    @Test
    void policyAllowedClosingDifferenceIsADecimalStringOfTheCurrency() throws Exception {
        String rule = " is not an amount of INR: digits with at most 2 decimals, no sign, no grouping, such as"
                + " \"0.00\"";
        assertPolicyProblem("allowedClosingDifference", "-1.00",
                "policy.allowedClosingDifference: \"-1.00\"" + rule);
        assertPolicyProblem("allowedClosingDifference", "1,000", "policy.allowedClosingDifference: \"1,000\"" + rule);
        assertPolicyProblem("allowedClosingDifference", "0.005", "policy.allowedClosingDifference: \"0.005\"" + rule);
        assertPolicyProblem("allowedClosingDifference", new BigDecimal("5.00"),
                "policy.allowedClosingDifference: must be a string such as \"0.00\", not the number 5.00 (amounts"
                        + " are written in quotes, never as JSON numbers)");
        assertThat(policyWith("allowedClosingDifference", "50").allowedClosingDifference())
                .isEqualTo(Money.ofMajor(50, INR));
        assertThat(policyWith("allowedClosingDifference", "0.5").allowedClosingDifference())
                .isEqualTo(Money.of(50, INR));
    }

    @Test
    void policyFlagsAreTrueOrFalse() throws Exception {
        assertPolicyProblem("headCashierNeedsPin", "yes",
                "policy.headCashierNeedsPin: must be true or false, not the string \"yes\"");
        assertPolicyProblem("blindClose", 1, "policy.blindClose: must be true or false, not the number 1");
        assertThat(policyWith("headCashierNeedsPin", false).headCashierNeedsPin()).isFalse();
        assertThat(policyWith("blindClose", true).blindClose()).isTrue();
    }

    @Test
    void policyFieldsLeftOutTakeTheirDefaults() throws Exception {
        Path file = TestConfigFile.valid().setJson("policy", "{\"blindClose\": true}").writeTo(folder);

        TerminalConfig.Policy policy = loader.load(file).policy();

        TerminalConfig.Policy defaults = TerminalConfig.Policy.defaults(INR);
        assertThat(policy.blindClose()).isTrue();
        assertThat(policy).usingRecursiveComparison().ignoringFields("blindClose").isEqualTo(defaults);
        assertThat(policy.cashOutApprovalAbove()).as("without a limit in the file every cash out is approved")
                .isEqualTo(Money.zero(INR));
    }

    @Test
    void aPolicyThatIsNotAnObjectIsNamed() throws IOException {
        ConfigException e = failsLeavingFileUnchanged(TestConfigFile.valid().set("policy", 5).writeTo(folder));

        assertThat(e.problems()).containsExactly(
                "policy: must be an object such as {\"maxWrongPins\": 5}, not the number 5");
    }

    @Test
    void policyIsStillCheckedWhenTheCurrencyIsUnknown() throws IOException {
        Path file = TestConfigFile.valid().set("currency", "XYZ").set("policy.maxWrongPins", 99).writeTo(folder);

        ConfigException e = failsLeavingFileUnchanged(file);

        assertThat(e.problems()).hasSize(2).last().asString()
                .isEqualTo("policy.maxWrongPins: must be from 1 to 20, not 99");
    }

    @Test
    void cashMovePolicyHasDefaults() throws Exception {
        TerminalConfig.Policy policy = loader.load(TestConfigFile.valid().writeTo(folder)).policy();

        assertThat(policy.cashOutApprovalAbove()).as("a file that sets no limit: a head cashier for every cash out")
                .isEqualTo(Money.zero(INR));
        assertThat(policy.cashOutSessionLimit()).isEqualTo(Money.zero(INR));
        assertThat(policy.cashMoveReasons()).containsExactly("Change float", "Bank deposit", "Supplier paid",
                "Petty cash");
        assertThat(policy.closingReasons()).containsExactly("Counting error", "Wrong change given",
                "Unrecorded sale", "Other");
    }

    @Test
    void readsTheCashOutLimitAndTheReasons() throws Exception {
        Path file = TestConfigFile.valid().setJson("policy", "{\"cashOutApprovalAbove\": \"2000.00\", "
                + "\"cashMoveReasons\": [\"Float\", \" Bank \"], \"closingReasons\": [\"Miscount\"]}")
                .writeTo(folder);

        TerminalConfig config = loader.load(file);

        assertThat(config.policy().cashOutApprovalAbove()).isEqualTo(Money.ofMajor(2000, INR));
        assertThat(config.policy().cashMoveReasons()).containsExactly("Float", "Bank");
        assertThat(config.policy().closingReasons()).containsExactly("Miscount");
        assertThat(new ConfiguredTerminal(config).policy()).isEqualTo(new app.tillpoint.api.terminal.TerminalPolicy(
                Money.zero(INR), false, Money.ofMajor(2000, INR), List.of("Float", "Bank"), List.of("Miscount")));
    }

    @Test
    void readsTheRefundLimitOrTakesTheCashOutLimitForIt() throws Exception {
        Path own = TestConfigFile.valid().setJson("policy", "{\"cashOutApprovalAbove\": \"2000.00\", "
                + "\"refundApprovalAbove\": \"300.00\"}").writeTo(folder);
        assertThat(new ConfiguredTerminal(loader.load(own)).policy().refundApprovalAbove())
                .isEqualTo(Money.ofMajor(300, INR));

        Path none = TestConfigFile.valid().setJson("policy", "{\"cashOutApprovalAbove\": \"2000.00\"}")
                .writeTo(folder);
        assertThat(new ConfiguredTerminal(loader.load(none)).policy().refundApprovalAbove())
                .isEqualTo(Money.ofMajor(2000, INR));

        assertPolicyProblem("refundApprovalAbove", "-5", "policy.refundApprovalAbove: \"-5\" is not an amount of "
                + "INR: digits with at most 2 decimals, no sign, no grouping, such as \"2000.00\"");
    }

    @Test
    void namesBadCashOutLimitsAndReasons() throws Exception {
        assertPolicyProblem("cashOutApprovalAbove", 2000, "policy.cashOutApprovalAbove: must be a string such as "
                + "\"5000.00\", not the number 2000 (amounts are written in quotes, never as JSON numbers)");
        assertPolicyProblem("cashOutApprovalAbove", "-5", "policy.cashOutApprovalAbove: \"-5\" is not an amount of "
                + "INR: digits with at most 2 decimals, no sign, no grouping, such as \"5000.00\"");
        assertPolicyProblem("cashMoveReasons", "Float", "policy.cashMoveReasons: must be a list of texts such as "
                + "[\"Change float\", \"Bank deposit\"], not the string \"Float\"");
        ConfigException empty = failsLeavingFileUnchanged(TestConfigFile.valid().setJson("policy.closingReasons", "[]")
                .writeTo(folder));
        assertThat(empty.problems()).containsExactly("policy.closingReasons: must list 1 to 12 reasons, not 0; "
                + "leave it out for the default list");

        Path file = TestConfigFile.valid().setJson("policy.cashMoveReasons", "[\"Float\", 5, \" \", \"Float\"]")
                .writeTo(folder);
        ConfigException e = failsLeavingFileUnchanged(file);
        assertThat(e.problems()).containsExactly(
                "policy.cashMoveReasons[1]: must be a text such as \"Bank deposit\", not the number 5",
                "policy.cashMoveReasons[2]: must not be blank",
                "policy.cashMoveReasons[3]: \"Float\" is listed twice (also policy.cashMoveReasons[0])");
    }

    @Test
    void policyDiscountLimitsArePercentagesWithAtMostTwoDecimals() throws Exception {
        String problem = "must be a percentage from 0 to 100 with at most two decimals such as \"10\" or \"12.5\", not ";
        assertPolicyProblem("discountApprovalAbovePercent", "100.5",
                "policy.discountApprovalAbovePercent: " + problem + "the string \"100.5\"");
        assertPolicyProblem("discountApprovalAbovePercent", "-1",
                "policy.discountApprovalAbovePercent: " + problem + "the string \"-1\"");
        assertPolicyProblem("priceDropApprovalAbovePercent", "12.345",
                "policy.priceDropApprovalAbovePercent: " + problem + "the string \"12.345\"");
        assertPolicyProblem("priceDropApprovalAbovePercent", "ten",
                "policy.priceDropApprovalAbovePercent: " + problem + "the string \"ten\"");
        assertThat(policyWith("discountApprovalAbovePercent", "12.5").discounts().discountBasisPoints())
                .isEqualTo(1250);
        assertThat(policyWith("priceDropApprovalAbovePercent", 5).discounts().priceDropBasisPoints()).isEqualTo(500);
        // Left out: a head cashier approves every discount and every lower price.
        assertThat(policyWith("maxWrongPins", 5).discounts().discountBasisPoints()).isZero();
    }

    @Test
    void theDemoFileListsTheNewPolicyFields() throws Exception {
        Path file = folder.resolve("terminal.json");
        loader.load(file);

        assertThat(Files.readString(file)).contains("\"cashOutApprovalAbove\" : \"5000.00\"", "\"Petty cash\"",
                "\"Unrecorded sale\"", "\"discountApprovalAbovePercent\" : \"10\"", "\"Price match\"");
    }

    // --- helpers ---

    private void assertPolicyProblem(String field, Object value, String problem) throws IOException {
        Path file = TestConfigFile.valid().set("policy." + field, value).writeTo(folder);
        ConfigException e = failsLeavingFileUnchanged(file);
        assertThat(e.problems()).containsExactly(problem);
    }

    private TerminalConfig.Policy policyWith(String field, Object value) throws ConfigException {
        return loader.load(TestConfigFile.valid().set("policy." + field, value).writeTo(folder)).policy();
    }

    /** Loads {@code file}, expecting it refused with its name in the message, and checks it was left as it was. */
    private ConfigException failsLeavingFileUnchanged(Path file) throws IOException {
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        List<String> filesBefore = filesIn(file.getParent());

        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));

        assertThat(e.file()).isEqualTo(file);
        assertThat(e.getMessage()).startsWith("The configuration file " + file + " cannot be used; nothing was changed.");
        assertThat(e.getMessage()).contains(e.problems());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(filesIn(file.getParent())).isEqualTo(filesBefore);
        return e;
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
