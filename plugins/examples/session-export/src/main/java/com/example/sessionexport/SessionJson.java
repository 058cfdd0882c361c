package com.example.sessionexport;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionSummary;

import java.time.Instant;
import java.util.List;

/**
 * A closed session as JSON, written with the JDK alone (plugins get no JSON library from the host). Money is an
 * object of minor units and currency code, {@code {"minorUnits": 134000, "currency": "INR"}}: never a floating-point
 * number. Times are ISO-8601 instants in UTC.
 */
public final class SessionJson {
    private final StringBuilder out = new StringBuilder();
    private int depth;
    private boolean first = true;

    private SessionJson() {
    }

    /** The export of {@code session} of terminal {@code terminal}, closed as {@code closing}. */
    public static String of(String terminal, Session session, Closing closing, SessionSummary summary) {
        SessionJson json = new SessionJson();
        json.open('{');
        json.name("sessionId").number(session.id());
        json.name("terminal").string(terminal);
        json.name("openedAt").string(session.openedAt());
        json.name("openedBy").string(session.openedBy().name());
        json.name("closedAt").string(closing.closedAt());
        json.name("closedBy").string(closing.closedBy().name());
        json.name("openingCash").money(session.openingCash());
        json.name("counted").money(closing.counted());
        json.name("expected").money(closing.expected());
        json.name("difference").money(closing.difference());
        json.name("orders").open('{');
        json.name("count").number(summary.orderCount());
        json.name("total").money(summary.orderTotal());
        json.close('}');
        json.name("closingCount").lines(closing.count().countedLines());
        json.name("note").string(closing.note());
        json.close('}');
        return json.out.append('\n').toString();
    }

    private void lines(List<CashCount.Line> lines) {
        open('[');
        for (CashCount.Line line : lines) {
            open('{');
            name("denomination").money(line.denomination().value());
            name("kind").string(line.denomination().kind().name());
            name("quantity").number(line.quantity());
            name("amount").money(line.amount());
            close('}');
        }
        close(']');
    }

    private SessionJson name(String name) {
        value();
        quoted(name);
        out.append(": ");
        first = true; // the value after a name needs no comma
        return this;
    }

    private void money(Money money) {
        value();
        out.append("{\"minorUnits\": ").append(money.minorUnits())
                .append(", \"currency\": \"").append(money.currency().getCurrencyCode()).append("\"}");
    }

    private void number(long number) {
        value();
        out.append(number);
    }

    private void string(Instant instant) {
        string(instant.toString());
    }

    private void string(String text) {
        value();
        if (text == null) {
            out.append("null");
        } else {
            quoted(text);
        }
    }

    private void open(char bracket) {
        value();
        out.append(bracket);
        depth++;
        first = true;
    }

    private void close(char bracket) {
        depth--;
        if (!first) {
            newline();
        }
        out.append(bracket);
        first = false;
    }

    /** Starts a value or a name: a comma after the one before, then a new line at the current depth. */
    private void value() {
        if (first) {
            first = false;
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                newline();
            }
            return;
        }
        out.append(',');
        newline();
    }

    private void newline() {
        out.append('\n').append("  ".repeat(depth));
    }

    private void quoted(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
