package app.tillpoint.devices.escpos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** A network printer's raw port (9100 by custom), reached with a connection time-out. */
final class TcpLink implements PrinterLink {
    private final String host;
    private final int port;
    private final int connectMillis;
    private Socket socket;

    TcpLink(String host, int port, int connectMillis) {
        this.host = host;
        this.port = port;
        this.connectMillis = connectMillis;
    }

    @Override
    public void open() throws IOException {
        if (socket != null && (socket.isClosed() || !socket.isConnected())) {
            close();
        }
        if (socket == null) {
            Socket fresh = new Socket();
            try {
                fresh.connect(new InetSocketAddress(host, port), connectMillis);
            } catch (IOException e) {
                fresh.close();
                throw new IOException("not connected (" + describe() + "): " + e.getMessage(), e);
            }
            socket = fresh;
        }
    }

    @Override
    public OutputStream output() throws IOException {
        open();
        return socket.getOutputStream();
    }

    @Override
    public int read(long millis) throws IOException {
        open();
        socket.setSoTimeout((int) Math.max(1, millis));
        InputStream in = socket.getInputStream();
        try {
            int b = in.read();
            if (b < 0) {
                close();
                throw new IOException("the printer closed the connection (" + describe() + ")");
            }
            return b;
        } catch (SocketTimeoutException e) {
            return -1;
        }
    }

    @Override
    public void drain() throws IOException {
        open();
        InputStream in = socket.getInputStream();
        while (in.available() > 0) {
            if (in.read() < 0) {
                return;
            }
        }
    }

    @Override
    public boolean answers() {
        return true;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a socket that failed: nothing left to release.
            }
            socket = null;
        }
    }

    @Override
    public String describe() {
        return host + ":" + port;
    }
}
