package app.tillpoint.devices.serial;

import app.tillpoint.devices.SerialConfig;
import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;

/** Opens serial ports with jSerialComm and lists those the machine has. */
public final class SerialPorts {
    private static final Logger LOG = LoggerFactory.getLogger(SerialPorts.class);

    private SerialPorts() {
    }

    /**
     * Opens the configured port afresh, following a symbolic link to the device it names now (a reader that came
     * back may have a new device file). Returns null when it cannot be opened.
     */
    public static SerialPort open(SerialConfig config) {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(config.port());
        } catch (SerialPortInvalidPortException e) {
            LOG.debug("No serial port {}", config.port(), e);
            return null;
        }
        port.setComPortParameters(config.baudRate(), config.dataBits(),
            config.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT, parity(config.parity()));
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            return null;
        }
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, 100, 1000);
        return port;
    }

    /** The machine's serial ports as "path (description)". */
    public static List<String> list() {
        return Arrays.stream(SerialPort.getCommPorts())
            .map(p -> p.getSystemPortPath() + " (" + p.getDescriptivePortName() + ")")
            .toList();
    }

    private static int parity(String parity) {
        return switch (parity) {
            case "even" -> SerialPort.EVEN_PARITY;
            case "odd" -> SerialPort.ODD_PARITY;
            case "mark" -> SerialPort.MARK_PARITY;
            case "space" -> SerialPort.SPACE_PARITY;
            default -> SerialPort.NO_PARITY;
        };
    }
}
