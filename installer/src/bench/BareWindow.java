import com.formdev.flatlaf.FlatLightLaf;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Graphics;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The yardstick of scripts/benchmark-startup.sh: a bare FlatLaf window, measured like the kiosk's
 * {@code --startup-probe}. It prints {@code startup-ms N}, the milliseconds from the process's start to its first
 * paint, then {@code open-to-paint-ms N}, from the window's first showing to that paint (the yardstick of
 * scripts/benchmark-latency.sh's dashboard row), then exits.
 */
public final class BareWindow {
    private static volatile long openedNanos;

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            JFrame frame = new JFrame("Bare FlatLaf window");
            JPanel content = new JPanel(new BorderLayout()) {
                private boolean painted;

                @Override
                protected void paintComponent(Graphics g) {
                    super.paintComponent(g);
                    if (!painted) {
                        painted = true;
                        // After this paint has reached the screen, as the kiosk's probe does.
                        SwingUtilities.invokeLater(() -> {
                            System.out.println("startup-ms " + millisSinceStart());
                            // As the latency probe times a paint: once the X server has it.
                            java.awt.Toolkit.getDefaultToolkit().sync();
                            long painted = System.nanoTime();
                            System.out.printf("open-to-paint-ms %.1f%n", (painted - openedNanos) / 1e6);
                            frame.dispose();
                        });
                    }
                }
            };
            content.add(new JLabel("Bare FlatLaf window"), BorderLayout.NORTH);
            frame.setContentPane(content);
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            frame.addWindowListener(new WindowAdapter() {
                @Override
                public void windowOpened(WindowEvent e) {
                    openedNanos = System.nanoTime();
                }
            });
            frame.setSize(1024, 768);
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        });
    }

    /** As the kiosk's ProcessClock counts: on Linux from /proc (to 10 ms), not from the boot time rounded to the second. */
    private static long millisSinceStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            String[] seconds = Files.readString(Path.of("/proc/uptime")).trim().split("[ .]");
            return Long.parseLong(seconds[0]) * 1000 + Long.parseLong((seconds[1] + "00").substring(0, 3))
                    - Long.parseLong(fields[19]) * 10;
        } catch (Exception e) {
            return System.currentTimeMillis() - ProcessHandle.current().info().startInstant()
                    .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis());
        }
    }
}
