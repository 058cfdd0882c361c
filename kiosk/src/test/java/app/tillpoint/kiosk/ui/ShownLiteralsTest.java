package app.tillpoint.kiosk.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No text shown to a cashier is a string literal in the code of the kiosk or of a bundled plugin: each comes from a
 * bundle ({@code Texts}), so that it can be translated.
 *
 * <p>The rule: a string literal with a letter in it, anywhere in the arguments of a call that puts a text on the
 * screen ({@link #SHOWN}: {@code setText}, {@code new JLabel}, {@code new JButton}, a tooltip, a placeholder, a
 * message, a lock screen's purpose, …) or returned by a {@code label()} (a button or menu entry), is a finding,
 * named by file and line. Not findings: a bundle's key (a literal inside {@code get(…)}, or shaped like a key: words
 * joined by dots), signs ({@code "\u2212"}), log and audit messages, component names, layout constraints and
 * style classes, which are never in those arguments. The
 * database's and plugin-api's own messages (a refusal's text) are outside this rule.
 */
class ShownLiteralsTest {
    /** The calls whose arguments are shown to the cashier. */
    private static final Pattern SHOWN = Pattern.compile("(?:\\.|\\bnew\\s+)(setText|setToolTipText|setTitle"
            + "|showMessage|message|failed|openFailed|approvalNeeded|showCatalogFailure|status|JLabel|JButton"
            + "|JToggleButton|JMenuItem|JCheckBox|JRadioButton|TitledBorder|thenRegister|anyCashier|CountRequest"
            + "|ApprovalRequest|setAccessibleName)\\s*\\(|\\b(status|message)\\s*\\(|putClientProperty\\(\\s*"
            + "\"JTextField\\.placeholderText\"\\s*,");
    private static final Pattern LABEL = Pattern.compile("String\\s+(label|title)\\s*\\(\\s*\\)\\s*\\{\\s*return\\s+"
            + "\"[^\"]*\\p{L}");
    /** A bundle's key, as passed through a helper or a ternary: words joined by dots, no spaces. */
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void noLiteralIsShownToACashier() throws IOException {
        List<String> findings = new ArrayList<>();
        List<Path> sources = JavaSources.mainSources(List.of("kiosk/src/main/java", "plugins"), f -> true);
        assertThat(sources).hasSizeGreaterThan(50);
        // The host's own screens too, shown to a head cashier in the terminal's or the cashier's language.
        assertThat(sources).extracting(file -> file.getFileName().toString())
                .contains("PluginsScreen.java", "OutboxScreen.java", "HostPinPad.java", "DashboardScreen.java");
        for (Path file : sources) {
            findings.addAll(findings(file, Files.readString(file, StandardCharsets.UTF_8)));
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void theRuleFindsWhatItShouldAndLeavesKeysAndLogsAlone() {
        String code = """
                class A {
                    void a() {
                        label.setText("Change " + amount);
                        add(new JLabel(texts.get("cart.total")), "wrap");
                        LOG.info("Loaded {} products", n);
                        button.setName(Names.PAY_CASH);
                        JButton b = new JButton(
                                "Pay cash");
                        field.putClientProperty("JTextField.placeholderText", "Why?");
                        kiosk.navigator().message(texts().get("x.y", "—"));
                    }
                    public String label() { return "Lock"; }
                }
                """;
        assertThat(findings(Path.of("A.java"), code)).containsExactly(
                "A.java:3 \"Change \"", "A.java:8 \"Pay cash\"", "A.java:9 \"Why?\"", "A.java:12 label() \"Lock\"");
    }

    static List<String> findings(Path file, String source) {
        String code = JavaSources.withoutComments(source);
        List<String> found = new ArrayList<>();
        Matcher call = SHOWN.matcher(code);
        while (call.find()) {
            int end = closingParenthesis(code, call.end());
            Matcher literal = LITERAL.matcher(code.substring(call.end(), end));
            while (literal.find()) {
                int at = call.end() + literal.start();
                boolean key = insideGet(code, call.end(), at) || KEY.matcher(literal.group(1)).matches();
                if (!key && unescaped(literal.group(1)).codePoints().anyMatch(Character::isLetter)) {
                    found.add(file.getFileName() + ":" + line(code, at) + " \"" + literal.group(1) + "\"");
                }
            }
        }
        Matcher label = LABEL.matcher(code);
        while (label.find()) {
            int at = code.indexOf('"', label.start());
            Matcher literal = LITERAL.matcher(code.substring(at));
            literal.lookingAt();
            found.add(file.getFileName() + ":" + line(code, at) + " " + label.group(1) + "() \"" + literal.group(1)
                    + "\"");
        }
        found.sort((a, b) -> Integer.compare(lineOf(a), lineOf(b)));
        return found;
    }

    /** Whether {@code at} is inside the arguments of a {@code get(…)} (a bundle's key) opened after {@code from}. */
    private static boolean insideGet(String code, int from, int at) {
        java.util.Deque<Boolean> opened = new java.util.ArrayDeque<>();
        for (int i = from; i < at; i++) {
            char c = code.charAt(i);
            if (c == '"') {
                i++;
                while (i < at && code.charAt(i) != '"') {
                    i += code.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                opened.push(code.substring(from, i).endsWith("get"));
            } else if (c == ')' && !opened.isEmpty()) {
                opened.pop();
            }
        }
        return !opened.isEmpty() && opened.peek();
    }

    /** A literal as the compiler reads it: {@code \\u2212} is a sign, {@code \\n} a line break, not letters. */
    private static String unescaped(String literal) {
        Matcher unicode = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(literal);
        StringBuilder out = new StringBuilder();
        while (unicode.find()) {
            unicode.appendReplacement(out, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(unicode.group(1), 16))));
        }
        unicode.appendTail(out);
        return out.toString().replaceAll("\\\\.", " ");
    }

    private static int lineOf(String finding) {
        return Integer.parseInt(finding.replaceAll("^[^:]*:(\\d+).*$", "$1"));
    }

    /** Where the call whose arguments start at {@code from} ends: its closing parenthesis, strings skipped. */
    private static int closingParenthesis(String code, int from) {
        int depth = 1;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                i++;
                while (i < code.length() && code.charAt(i) != '"') {
                    i += code.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '\'') {
                i += code.charAt(i + 1) == '\\' ? 3 : 2;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    private static int line(String code, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
