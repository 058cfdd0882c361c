package app.tillpoint.api.terminal;

/** A registration that ends when closed. Closing twice does nothing. */
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
