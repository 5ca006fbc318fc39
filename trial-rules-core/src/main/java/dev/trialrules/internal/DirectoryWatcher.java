package dev.trialrules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls back when files in a directory change. An editor's save is often several events (write
 * a temporary file, rename, touch), so events are gathered until the directory has been quiet
 * for a moment and then answered with one callback.
 */
public final class DirectoryWatcher {
  private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);
  private static final long QUIET_MILLIS = 200;

  private DirectoryWatcher() {}

  /**
   * Starts a daemon thread watching {@code directory}; interrupt it to stop.
   *
   * @param directory the directory to watch
   * @param onChange what to do after a burst of changes
   * @return the watching thread
   */
  public static Thread start(Path directory, Runnable onChange) {
    WatchService service;
    try {
      service = FileSystems.getDefault().newWatchService();
      directory.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch rules directory " + directory, e);
    }
    Thread thread = new Thread(() -> watch(service, onChange), "trial-rules-watch");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void watch(WatchService service, Runnable onChange) {
    try (service) {
      while (!Thread.currentThread().isInterrupted()) {
        WatchKey key = service.take();
        boolean changed = drain(key);
        // Wait for the burst to end, so one save gives one reload.
        for (WatchKey more; (more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
          changed |= drain(more);
        }
        if (changed) {
          try {
            onChange.run();
          } catch (RuntimeException e) {
            LOG.warn("reload after a change in the rules directory failed", e);
          }
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      LOG.warn("stopped watching the rules directory", e);
    }
  }

  private static boolean drain(WatchKey key) {
    boolean any = !key.pollEvents().isEmpty();
    key.reset();
    return any;
  }
}
