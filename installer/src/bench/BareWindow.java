import com.formdev.flatlaf.FlatLightLaf;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Graphics;
import java.time.Instant;

/**
 * The yardstick of scripts/benchmark-startup.sh: a bare FlatLaf window, measured like the kiosk's
 * {@code --startup-probe}. It prints {@code startup-ms N}, the milliseconds from JVM start to its first paint, stays
 * a moment so its resident memory can be read, then exits.
 */
public final class BareWindow {
    public static void main(String[] args) {
        long startedAt = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElse(System.currentTimeMillis());
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
                            System.out.println("startup-ms " + (System.currentTimeMillis() - startedAt));
                            frame.dispose();
                        });
                    }
                }
            };
            content.add(new JLabel("Bare FlatLaf window"), BorderLayout.NORTH);
            frame.setContentPane(content);
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            frame.setSize(1024, 768);
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        });
    }
}
