package app.tillpoint.plugins.selling;

/** Touch sizes shared by the register's panels, in px at scale 1.0. */
final class Sizes {
    /** The keypad's five rows of 48 px keys with their 8 px gaps: 264 px would leave the keys 44 px high. */
    static final int KEYPAD_HEIGHT = 280;

    private Sizes() {
    }
}
