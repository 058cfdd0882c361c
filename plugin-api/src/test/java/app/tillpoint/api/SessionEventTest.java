package app.tillpoint.api;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionEventTest {
    private static final Currency INR = Currency.getInstance("INR");
    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    private static final Cashier ASHA = new Cashier(1, "Asha", Role.CASHIER, false);
    private static final Session OPEN = new Session(4, SessionState.OPEN, AT, ASHA, Money.ofMajor(500, INR),
            Optional.empty(), "", Optional.empty(), Optional.empty());
    private static final String ID = "0123456789abcdef0123456789abcdef";
    private static final Refund REFUND = new Refund(3, 7, 4, AT, ASHA, List.of(new RefundLine(1, 1)),
            Money.ofMajor(50, INR), Refund.CASH, Optional.empty());

    @Test
    void theDefaultOnCallsTheMethodOfItsKind() {
        List<String> heard = new ArrayList<>();
        SessionListener listener = new SessionListener() {
            @Override
            public void opened(Session session) {
                heard.add("opened " + session.id());
            }

            @Override
            public void sold(Session session, Order order) {
                heard.add("sold " + order.id());
            }

            @Override
            public void cashMoved(Session session, CashMove move) {
                heard.add("cashMoved " + move.id());
            }

            @Override
            public void closed(Session session) {
                heard.add("closed " + session.id());
            }

            @Override
            public void refunded(Session session, Refund refund) {
                heard.add("refunded " + refund.id() + " of " + refund.orderId());
            }
        };
        Order order = new Order(7, 4, AT, ASHA, List.of(), Money.ofMajor(50, INR), Money.ofMajor(50, INR),
                Money.zero(INR));
        CashMove move = new CashMove(9, 4, AT, ASHA, CashMove.Direction.IN, Money.ofMajor(100, INR), "Float",
                Optional.empty());

        listener.on(new SessionEvent(ID, 1, SessionEvent.Kind.OPENED, AT, OPEN, Optional.empty(), Optional.empty()));
        listener.on(new SessionEvent(ID, 2, SessionEvent.Kind.SOLD, AT, OPEN, Optional.of(order), Optional.empty()));
        listener.on(new SessionEvent(ID, 3, SessionEvent.Kind.CASH_MOVED, AT, OPEN, Optional.empty(),
                Optional.of(move)));
        listener.on(new SessionEvent(ID, 4, SessionEvent.Kind.REFUNDED, AT, OPEN, Optional.empty(), Optional.empty(),
                Optional.of(REFUND)));
        listener.on(new SessionEvent(ID, 5, SessionEvent.Kind.CLOSED, AT, OPEN, Optional.empty(), Optional.empty()));

        assertThat(heard).containsExactly("opened 4", "sold 7", "cashMoved 9", "refunded 3 of 7", "closed 4");
    }

    @Test
    void aListenerOfAnEarlierApiHearsARefundAsNothingElse() {
        List<String> heard = new ArrayList<>();
        SessionListener listener = new SessionListener() {
            @Override
            public void sold(Session session, Order order) {
                heard.add("sold " + order.id());
            }
        };

        listener.on(new SessionEvent(ID, 4, SessionEvent.Kind.REFUNDED, AT, OPEN, Optional.empty(), Optional.empty(),
                Optional.of(REFUND)));

        assertThat(heard).isEmpty();
    }

    @Test
    void aRefundEventCarriesItsRefundAndNothingElseDoes() {
        assertThatThrownBy(() -> new SessionEvent(ID, 1, SessionEvent.Kind.REFUNDED, AT, OPEN, Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a refund");
        assertThatThrownBy(() -> new SessionEvent(ID, 1, SessionEvent.Kind.OPENED, AT, OPEN, Optional.empty(),
                Optional.empty(), Optional.of(REFUND))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no refund");
        assertThat(new SessionEvent(ID, 1, SessionEvent.Kind.OPENED, AT, OPEN, Optional.empty(), Optional.empty())
                .refund()).isEmpty();
    }

    @Test
    void anEventWhosePartsDoNotFitItsKindIsRefused() {
        assertThatThrownBy(() -> new SessionEvent(ID, 1, SessionEvent.Kind.SOLD, AT, OPEN, Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs an order");
        assertThatThrownBy(() -> new SessionEvent("not-an-id", 1, SessionEvent.Kind.OPENED, AT, OPEN,
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionEvent(ID, 0, SessionEvent.Kind.OPENED, AT, OPEN, Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
