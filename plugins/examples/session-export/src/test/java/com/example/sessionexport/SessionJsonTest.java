package com.example.sessionexport;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionState;
import app.tillpoint.api.session.SessionSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SessionJsonTest {
    private static final Currency INR = Currency.getInstance("INR");

    @Test
    void aClosedSessionIsWrittenWithMoneyInMinorUnitsAndTheCountedLines() {
        Denomination fiveHundred = Denomination.bill(Money.of(50_000, INR));
        Denomination ten = Denomination.coin(Money.of(1_000, INR));
        CashCount count = CashCount.empty(List.of(fiveHundred, ten)).with(fiveHundred, 2).with(ten, 3);
        Cashier asha = new Cashier(1, "Asha", Role.CASHIER, false);
        Instant opened = Instant.parse("2026-11-26T03:30:00Z");
        Instant closed = Instant.parse("2026-11-26T12:00:00Z");
        Session session = new Session(7, SessionState.CLOSED, opened, asha, Money.of(100_000, INR), Optional.empty(),
                "", Optional.of(closed), Optional.of(Money.of(103_000, INR)));
        Closing closing = new Closing(7, closed, asha, count, Money.of(103_000, INR), Money.of(104_000, INR),
                Money.of(-1_000, INR), Optional.empty(), "short \"ten\"\n");
        SessionSummary summary = new SessionSummary(session, 2, Money.of(4_000, INR), Money.of(4_000, INR),
                Money.zero(INR), Money.zero(INR), Money.of(104_000, INR));

        assertThat(SessionJson.of("CHN LS Terminal 01", session, closing, summary)).isEqualTo("""
                {
                  "sessionId": 7,
                  "terminal": "CHN LS Terminal 01",
                  "openedAt": "2026-11-26T03:30:00Z",
                  "openedBy": "Asha",
                  "closedAt": "2026-11-26T12:00:00Z",
                  "closedBy": "Asha",
                  "openingCash": {"minorUnits": 100000, "currency": "INR"},
                  "counted": {"minorUnits": 103000, "currency": "INR"},
                  "expected": {"minorUnits": 104000, "currency": "INR"},
                  "difference": {"minorUnits": -1000, "currency": "INR"},
                  "orders": {
                    "count": 2,
                    "total": {"minorUnits": 4000, "currency": "INR"}
                  },
                  "closingCount": [
                    {
                      "denomination": {"minorUnits": 50000, "currency": "INR"},
                      "kind": "BILL",
                      "quantity": 2,
                      "amount": {"minorUnits": 100000, "currency": "INR"}
                    },
                    {
                      "denomination": {"minorUnits": 1000, "currency": "INR"},
                      "kind": "COIN",
                      "quantity": 3,
                      "amount": {"minorUnits": 3000, "currency": "INR"}
                    }
                  ],
                  "note": "short \\"ten\\"\\n"
                }
                """);
    }
}
