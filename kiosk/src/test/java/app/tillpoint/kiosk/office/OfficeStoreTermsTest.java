package app.tillpoint.kiosk.office;

import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.kiosk.config.ConfiguredTerminal;
import app.tillpoint.kiosk.config.TerminalConfig;
import app.tillpoint.kiosk.store.SqlMasterData;
import app.tillpoint.kiosk.store.SqlSessions;
import app.tillpoint.kiosk.store.TestTill;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.INR;
import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store's denominations and policies, against a real PostgreSQL: set once with {@code office policy|denominations
 * set}, laid over each terminal's file at the next pull and enforced from that moment, used again after a restart
 * offline; a terminal never reads another terminal's own policy; a block a terminal cannot use refuses the whole pull
 * and changes nothing; the manager's command refuses what the terminal would refuse, and writes nothing then.
 */
@Tag("office")
class OfficeStoreTermsTest {
    private static OfficeAdmin office;

    @TempDir
    Path dir;

    private OfficeManager manager;

    @BeforeAll
    static void office() throws Exception {
        office = OfficeCluster.shared().newOffice();
        office.migrate();
    }

    @BeforeEach
    void manager() {
        manager = new OfficeManager(office, dir);
    }

    /** A running terminal of an office store: its till, the terms it sees and enforces, its pull. */
    private static final class StoreTerminal implements AutoCloseable {
        final OfficeTerminal terminal;
        final TestTill till;
        final ConfiguredTerminal configured = new ConfiguredTerminal(TerminalConfig.demo());
        final SqlSessions sessions;
        final SqlMasterData master;
        final MasterDataPull pull;

        StoreTerminal(Path dir, OfficeCredentials credentials) throws Exception {
            terminal = new OfficeTerminal(dir, office.url(), credentials);
            till = terminal.till;
            sessions = new SqlSessions(till.database, TestTill.TERMINAL, INR, configured::policy, till.clock,
                    new SqlSessions.Events() { });
            master = new SqlMasterData(till.database, till.clock);
            pull = new MasterDataPull(master, credentials.store(), Optional.of(new TerminalTerms(configured)));
        }

        int pull() throws SQLException {
            try (Connection connection = terminal.link.open()) {
                return pull.pullOnce(connection);
            }
        }

        CashMove cashOut(long rupees) throws Exception {
            return sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.OUT, rupees(rupees),
                    "Bank deposit", Optional.empty()));
        }

        @Override
        public void close() {
            terminal.close();
        }
    }




    private Path file(String name, String json) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    private int policySet(String store, Optional<String> terminal, String json) throws Exception {
        Path file = file("policy.json", json);
        return terminal.isPresent()
                ? manager.run("policy", "set", "--office", manager.login().toString(), "--store", store, "--terminal",
                        terminal.get(), "--currency", "INR", file.toString())
                : manager.run("policy", "set", "--office", manager.login().toString(), "--store", store,
                        "--currency", "INR", file.toString());
    }

    @Test
    void theStoresPolicyAndATerminalsOwnAreLaidOverItsFileAndEnforcedFromThePull() throws Exception {
        OfficeCredentials t01 = manager.register("TP-CHN", "T01");
        OfficeCredentials t02 = manager.register("TP-CHN", "T02");
        assertThat(policySet("TP-CHN", Optional.empty(), "{\"cashOutApprovalAbove\": \"100.00\", \"maxWrongPins\": 3}"))
                .as(manager.err()).isZero();
        assertThat(policySet("TP-CHN", Optional.of("T02"), "{\"policy\": {\"cashOutApprovalAbove\": \"50.00\"}}"))
                .as(manager.err()).isZero();
        assertThat(manager.run("policy", "show", "--office", manager.login().toString(), "--store", "TP-CHN")).isZero();
        assertThat(manager.out()).contains("(store)").contains("\"100.00\"").contains("T02")
                .contains("\"50.00\"");

        try (StoreTerminal first = new StoreTerminal(dir.resolve("t01"), t01);
             StoreTerminal second = new StoreTerminal(dir.resolve("t02"), t02)) {
            first.till.open(count(4));
            // The file's limit (₹5,000) until the pull.
            assertThat(first.cashOut(150).amount()).isEqualTo(rupees(150));

            assertThat(first.pull()).isEqualTo(1);
            assertThat(first.configured.policy().cashOutApprovalAbove()).isEqualTo(rupees(100));
            assertThat(first.configured.configPolicy().maxWrongPins()).isEqualTo(3);
            // Read as the file is: without a session limit of its own, the session's cash outs are limited as one is;
            // a field neither block sets keeps the file's value.
            assertThat(first.configured.policy().cashOutSessionLimit()).isEqualTo(rupees(100));
            assertThat(first.configured.policy().idleLock())
                    .isEqualTo(TerminalConfig.demo().policy().toTerminalPolicy().idleLock());
            // Enforced by the store at once, inside the cash move's transaction: the same ₹150 now needs a head
            // cashier.
            assertThatThrownBy(() -> first.cashOut(150)).isInstanceOf(ApprovalRequiredException.class)
                    .hasMessageContaining("100.00");

            // T02's own block is laid over the store's; T01 never reads it (row-level security).
            assertThat(second.pull()).isEqualTo(2);
            assertThat(second.configured.policy().cashOutApprovalAbove()).isEqualTo(rupees(50));
            assertThat(second.configured.configPolicy().maxWrongPins()).isEqualTo(3);
            assertThat(first.master.terms().terminalPolicy()).isEmpty();
            assertThat(first.pull()).isZero();

            // A restart offline: the stored terms are used again before anything reads the policy.
            ConfiguredTerminal restarted = new ConfiguredTerminal(TerminalConfig.demo());
            new TerminalTerms(restarted).useStored(first.master);
            assertThat(restarted.policy()).isEqualTo(first.configured.policy());
        }
    }

    @Test
    void theStoresDenominationsReplaceTheTerminalsAndATakenOffOneLeavesEveryTerminal() throws Exception {
        OfficeCredentials t01 = manager.register("TP-DEN", "T01");
        Path list = file("denominations.json", "[{\"value\": \"500.00\", \"kind\": \"bill\"}, {\"value\": \"200.00\","
                + " \"kind\": \"bill\"}, {\"value\": \"100.00\", \"kind\": \"bill\"}, {\"value\": \"10.00\", \"kind\":"
                + " \"coin\"}]");
        assertThat(manager.run("denominations", "set", "--office", manager.login().toString(), "--store", "TP-DEN",
                "--currency",
                "INR", list.toString())).as(manager.err()).isZero();
        assertThat(manager.out()).contains("4 new");
        try (StoreTerminal terminal = new StoreTerminal(dir.resolve("t01"), t01)) {
            assertThat(terminal.configured.denominations()).contains(Denomination.bill(Money.ofMajor(50, INR)));
            assertThat(terminal.pull()).isEqualTo(4);
            assertThat(terminal.configured.denominations()).containsExactly(Denomination.bill(Money.ofMajor(500, INR)),
                    Denomination.bill(Money.ofMajor(200, INR)), Denomination.bill(Money.ofMajor(100, INR)),
                    Denomination.coin(Money.ofMajor(10, INR)));

            Files.writeString(list, "{\"denominations\": [{\"value\": \"500.00\", \"kind\": \"bill\"}, {\"value\":"
                    + " \"100.00\", \"kind\": \"bill\"}, {\"value\": \"10.00\", \"kind\": \"coin\"}]}");
            assertThat(manager.run("denominations", "set", "--office", manager.login().toString(), "--store", "TP-DEN",
                    "--currency", "INR", list.toString())).isZero();
            assertThat(manager.out()).contains("0 new, 3 as they were, 1 taken off");
            assertThat(terminal.pull()).isEqualTo(1);
            assertThat(terminal.configured.denominations()).doesNotContain(Denomination.bill(Money.ofMajor(200, INR)))
                    .hasSize(3);
            assertThat(manager.run("denominations", "show", "--office", manager.login().toString(), "--store",
                    "TP-DEN"))
                    .isZero();
            assertThat(manager.out()).contains("200.00 bill  taken off");

            ConfiguredTerminal restarted = new ConfiguredTerminal(TerminalConfig.demo());
            new TerminalTerms(restarted).useStored(terminal.master);
            assertThat(restarted.denominations()).isEqualTo(terminal.configured.denominations());
        }
    }

    @Test
    void aPolicyTheTerminalCannotUseRefusesTheWholePullAndChangesNothing() throws Exception {
        OfficeCredentials t01 = manager.register("TP-BAD", "T01");
        try (StoreTerminal terminal = new StoreTerminal(dir.resolve("t01"), t01)) {
            new MasterDataAdmin(office, StoreBadgeKeys.beside(manager.login())).addCashier("TP-BAD", "Kavya",
                    app.tillpoint.api.cashier.Role.CASHIER, Optional.empty(), Optional.empty());
            // Written past the command, as a reporting tool with the owner's login could.
            try (Connection connection = office.connect();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO office.policies (store_id, "
                         + "policy) VALUES ('TP-BAD', '{\"maxWrongPins\": 0, \"blindClose\": \"yes\"}')")) {
                insert.executeUpdate();
            }
            long version = terminal.master.version();
            assertThatThrownBy(terminal::pull).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("policy.maxWrongPins").hasMessageContaining("policy.blindClose")
                    .hasMessageContaining("Nothing of this pull was applied");
            assertThat(terminal.master.version()).isEqualTo(version);
            assertThat(terminal.master.terms().isEmpty()).isTrue();
            assertThat(terminal.till.cashiers.active()).extracting(c -> c.name()).doesNotContain("Kavya");
            assertThat(terminal.configured.policy()).isEqualTo(TerminalConfig.demo().policy().toTerminalPolicy());

            assertThat(policySet("TP-BAD", Optional.empty(), "{\"maxWrongPins\": 4}")).isZero();
            assertThat(terminal.pull()).isEqualTo(2);
            assertThat(terminal.till.cashiers.active()).extracting(c -> c.name()).contains("Kavya");
            assertThat(terminal.configured.configPolicy().maxWrongPins()).isEqualTo(4);
        }
    }

    @Test
    void theCommandRefusesWhatATerminalWouldRefuseAndWritesNothing() throws Exception {
        manager.register("TP-CMD", "T01");
        assertThat(policySet("TP-CMD", Optional.empty(), "{\"maxWrongPins\": 0, \"cashOutLimit\": 5}")).isEqualTo(2);
        assertThat(manager.err()).contains("policy.maxWrongPins").contains("cashOutLimit")
                .contains("Nothing was changed");
        assertThat(policySet("TP-CMD", Optional.empty(), "[1, 2]")).isEqualTo(2);
        assertThat(manager.err()).contains("must be an object");
        assertThat(policySet("TP-CMD", Optional.empty(), "{\"maxWrongPins\": ")).isEqualTo(2);
        assertThat(manager.err()).contains("not JSON");
        assertThat(policySet("TP-CMD", Optional.of("T09"), "{\"maxWrongPins\": 4}")).isEqualTo(2);
        assertThat(manager.err()).contains("no terminal \"T09\"");
        assertThat(policySet("TP-NONE", Optional.empty(), "{\"maxWrongPins\": 4}")).isEqualTo(2);
        assertThat(manager.err()).contains("no store \"TP-NONE\"");
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.policies WHERE store_id = ?",
                "TP-CMD")).isZero();

        Path twice = file("twice.json", "[{\"value\": \"500.00\", \"kind\": \"bill\"}, {\"value\": \"500.00\","
                + " \"kind\": \"bill\"}, {\"value\": \"0.00\", \"kind\": \"coin\"}]");
        assertThat(manager.run("denominations", "set", "--office", manager.login().toString(), "--store", "TP-CMD",
                "--currency", "INR", twice.toString())).isEqualTo(2);
        assertThat(manager.err()).contains("denominations[1]").contains("listed twice")
                .contains("denominations[2].value");
        assertThat(manager.run("denominations", "set", "--office", manager.login().toString(), "--store", "TP-CMD",
                "--currency", "INR", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(manager.err()).contains("no such file");
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.denominations WHERE store_id = ?",
                "TP-CMD")).isZero();

        // The same block twice is one version: the terminals are not made to pull it again.
        assertThat(policySet("TP-CMD", Optional.empty(), "{\"maxWrongPins\": 4}")).isZero();
        assertThat(policySet("TP-CMD", Optional.empty(), "{\"maxWrongPins\": 4}")).isZero();
        assertThat(manager.out()).contains("nothing was changed");
    }
}
