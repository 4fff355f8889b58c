package ca.qc.portail.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay between the browser and the server that behaves like a slow office link that drops
 * (R-E9): what the browser sends goes at most {@code bytesPerSecond}; {@link #cutAfter} resets
 * every connection once that many more bytes went up, and {@link #down} refuses connections until
 * {@link #up}. Everything else passes unchanged, so the browser sees the application at {@link
 * #base}.
 */
final class ThrottlingProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final URL target;
  private final long bytesPerSecond;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final AtomicLong sent = new AtomicLong();
  private volatile long cutAt = Long.MAX_VALUE;
  private volatile boolean down;

  ThrottlingProxy(URL target, long bytesPerSecond) throws IOException {
    this.target = target;
    this.bytesPerSecond = bytesPerSecond;
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accepting = new Thread(this::accept, "proxy-accept");
    accepting.setDaemon(true);
    accepting.start();
  }

  /** The application's address through this relay. */
  URL base() throws IOException {
    return new URL("http", "localhost", listener.getLocalPort(), target.getFile());
  }

  /** How many bytes the browser sent through the relay so far. */
  long sent() {
    return sent.get();
  }

  /** Resets every connection once {@code bytes} more have gone up, then stays down. */
  void cutAfter(long bytes) {
    cutAt = sent.get() + bytes;
  }

  boolean isDown() {
    return down;
  }

  /** Connections are accepted and relayed again. */
  void up() {
    cutAt = Long.MAX_VALUE;
    down = false;
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket browser = listener.accept();
        if (down) {
          reset(browser);
          continue;
        }
        Socket server = new Socket(target.getHost(), target.getPort());
        open.add(browser);
        open.add(server);
        pump(browser, server, true);
        pump(server, browser, false);
      } catch (IOException e) {
        // Closed, or the server refused: the browser sees a broken connection, as intended.
      }
    }
  }

  private void pump(Socket from, Socket to, boolean upward) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[upward ? 8192 : 65536];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  if (upward) {
                    if (sent.addAndGet(n) >= cutAt) {
                      cut();
                      return;
                    }
                    Thread.sleep(n * 1000L / bytesPerSecond);
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException | InterruptedException e) {
                // The other side went away.
              } finally {
                reset(from);
                reset(to);
              }
            },
            "proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  /** Every connection reset at once, as when the network goes. */
  private void cut() {
    down = true;
    open.forEach(ThrottlingProxy::reset);
    open.clear();
  }

  private static void reset(Socket socket) {
    try {
      socket.setSoLinger(true, 0);
      socket.close();
    } catch (IOException e) {
      // Already closed.
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    open.forEach(ThrottlingProxy::reset);
  }
}
