package app.tillpoint.kiosk.admin;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who may administer a terminal from the command line: whoever may change the code its kiosk runs, that is, write its
 * data folder's {@code plugins} folder (the data folder itself before the kiosk has made one). On a terminal with the
 * Linux package that folder belongs to root and the group tillpoint-admin, so the till's users (group tillpoint), who
 * run the kiosk, are refused here with the way in. In a user's own data folder, the user is its administrator.
 *
 * <p>This check gives a clear message; the wall is the file system's: the configuration and the plugins folder are not
 * the till users' to write. The database is, since the kiosk they run writes it: see the README's "Trust model".
 */
public final class Administrators {
    /** The exit code of a command refused to a user who is not an administrator; nothing was changed. */
    public static final int REFUSED = 3;
    /** The commands that change the terminal, or its devices: the cash drawer opens for {@code devices}. */
    static final Set<String> COMMANDS = Set.of("cashier", "catalog", "plugins", "config", "devices");

    private Administrators() {
    }

    /**
     * Whether {@code command} (the launcher's command and its arguments) may run on {@code dataDir} for this user;
     * if not, says why on {@code err}. Help is for everyone.
     */
    public static boolean allow(List<String> command, Path dataDir, PrintStream err) {
        return allow(command, dataDir, err, Files::isWritable);
    }

    /** {@link #allow(List, Path, PrintStream)} with the file system's answer to "may this user write there?". */
    static boolean allow(List<String> command, Path dataDir, PrintStream err, Predicate<Path> writable) {
        if (command.isEmpty() || !COMMANDS.contains(command.get(0)) || isHelp(command)) {
            return true;
        }
        Path marker = Files.isDirectory(dataDir.resolve("plugins")) ? dataDir.resolve("plugins") : dataDir;
        if (writable.test(marker) || (Files.notExists(dataDir) && writable.test(nearestExisting(dataDir)))) {
            return true;
        }
        String user = System.getProperty("user.name");
        err.println(command.get(0) + ": " + user + " is not an administrator of this terminal: only " + owners(marker)
                + " may change " + marker + ". On a terminal with the Tillpoint package, an administrator is root or a"
                + " member of the groups tillpoint-admin and tillpoint (sudo adduser " + user + " tillpoint-admin, then"
                + " log in again). Nothing was changed.");
        return false;
    }

    private static boolean isHelp(List<String> command) {
        return command.size() > 1 && List.of("help", "--help", "-h").contains(command.get(1));
    }

    /** "root and the group tillpoint-admin", from the folder's owner and group where this user may see them. */
    private static String owners(Path folder) {
        try {
            PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class);
            return attributes.owner().getName() + " and the group " + attributes.group().getName();
        } catch (IOException | UnsupportedOperationException e) {
            return "its administrators";
        }
    }

    private static Path nearestExisting(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing.getParent() != null && Files.notExists(existing)) {
            existing = existing.getParent();
        }
        return existing;
    }
}
