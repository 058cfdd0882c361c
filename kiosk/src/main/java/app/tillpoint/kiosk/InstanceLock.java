package app.tillpoint.kiosk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One kiosk per data folder: an OS file lock on {@code kiosk.lock}, released by the OS even if the process is killed.
 * A second kiosk on the same folder is refused with a message naming the folder and the running process.
 */
public final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the data folder for this process, or says who holds it.
     *
     * @throws AlreadyRunningException if another kiosk holds the folder
     * @throws NotWritableException    if this user may not write in the folder
     */
    public static InstanceLock acquire(Path dataDir) throws IOException {
        Path file = dataDir.resolve("kiosk.lock");
        FileChannel channel;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            String user = System.getProperty("user.name");
            throw new NotWritableException("The data folder " + dataDir + " cannot be written by the user " + user
                    + " (" + e.getFile() + "). On a terminal with the Tillpoint package, add the user to the group"
                    + " tillpoint (sudo adduser " + user + " tillpoint) and log in again; or start with --data-dir.");
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            channel.close();
            throw new AlreadyRunningException("Another Tillpoint kiosk is already running on " + dataDir
                    + (holder.isEmpty() ? "" : " (process " + holder + ")") + ". Only one may use a data folder.");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
        return new InstanceLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    /** This user may not write in the data folder; nothing was changed. */
    public static final class NotWritableException extends IOException {
        public NotWritableException(String message) {
            super(message);
        }
    }

    /** Another kiosk process holds the data folder. */
    public static final class AlreadyRunningException extends IOException {
        public AlreadyRunningException(String message) {
            super(message);
        }
    }
}
