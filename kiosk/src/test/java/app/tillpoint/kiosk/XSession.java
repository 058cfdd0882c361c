package app.tillpoint.kiosk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The X display the GUI tests run on, driven from outside Java: real key presses through the XTEST extension
 * ({@code xdotool}), which the window manager sees before the kiosk does, and what the X server and the window manager
 * say about the windows ({@code xdotool}, {@code xprop}). Needs xdotool and x11-utils (xprop, xmessage) on the PATH.
 */
final class XSession implements AutoCloseable {
    private final List<Process> started = new ArrayList<>();

    /** Presses and releases {@code keys} as a person would, e.g. {@code alt+F4}, {@code super}, {@code Escape}. */
    void key(String keys) throws IOException, InterruptedException {
        run("xdotool", "key", "--clearmodifiers", keys);
    }

    /** The name of the window the window manager says is active, or "" if none is. */
    String activeWindowName() throws IOException, InterruptedException {
        return runOrEmpty("xdotool", "getactivewindow", "getwindowname").strip();
    }

    /** The window manager's states of the active window ({@code _NET_WM_STATE}), or "" if no window is active. */
    String activeWindowStates() throws IOException, InterruptedException {
        String id = runOrEmpty("xdotool", "getactivewindow").strip();
        return id.isEmpty() ? "" : run("xprop", "-id", id, "_NET_WM_STATE");
    }

    /** Names of the windows that are mapped and viewable. */
    String visibleWindowNames() throws IOException, InterruptedException {
        StringBuilder names = new StringBuilder();
        for (String id : runOrEmpty("xdotool", "search", "--onlyvisible", "--name", ".").split("\\s+")) {
            if (!id.isBlank()) {
                names.append(runOrEmpty("xdotool", "getwindowname", id).strip()).append('\n');
            }
        }
        return names.toString();
    }

    /** Opens another application's window, named {@code name}, which a window manager focuses when it appears. */
    void openOtherWindow(String name) throws IOException {
        started.add(new ProcessBuilder("xmessage", "-name", name, "-title", name, "another application")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    @Override
    public void close() {
        started.forEach(Process::destroy);
    }

    private static String runOrEmpty(String... command) throws IOException, InterruptedException {
        try {
            return run(command);
        } catch (IllegalStateException e) {
            return "";
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(command[0] + " is needed for this test (apt-get install xdotool x11-utils)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
