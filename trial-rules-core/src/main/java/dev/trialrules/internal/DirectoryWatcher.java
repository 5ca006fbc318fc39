package dev.trialrules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls back when files in a directory change. An editor's save is often several events (write
 * a temporary file, rename, touch), so events are gathered until the directory has been quiet
 * for a moment and then answered with one callback.
 *
 * <p>A watch follows the directory it was registered on, not its path: once a deploy renames a
 * new directory into place or swaps a symlink to one, the old watch hears nothing more. So the
 * watcher also checks, twice a second, that the path still names the directory it watches (its
 * file key, the device and inode on Unix), and when it does not, watches the new one, says so,
 * and calls back as for any change.
 */
public final class DirectoryWatcher {
  private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);
  private static final long QUIET_MILLIS = 200;
  /** How often the path is checked for a replaced directory when no event comes. */
  private static final long CHECK_MILLIS = 500;

  private final Path directory;
  private final WatchService service;
  private final Runnable onChange;
  private final Consumer<String> onDirectoryChanged;
  private WatchKey key;
  private Object identity;
  private boolean missing;

  private DirectoryWatcher(Path directory, WatchService service, Runnable onChange,
      Consumer<String> onDirectoryChanged) {
    this.directory = directory;
    this.service = service;
    this.onChange = onChange;
    this.onDirectoryChanged = onDirectoryChanged;
  }

  /**
   * Starts a daemon thread watching {@code directory}; interrupt it to stop.
   *
   * @param directory the directory to watch, or a symlink to it
   * @param onChange what to do after a burst of changes, or after the directory was replaced
   * @param onDirectoryChanged told, in a sentence, when the directory was replaced and is watched
   *     again, or went missing; it must not throw
   * @return the watching thread
   * @throws UncheckedIOException if the directory cannot be watched
   */
  public static Thread start(Path directory, Runnable onChange, Consumer<String> onDirectoryChanged) {
    DirectoryWatcher watcher;
    try {
      watcher = new DirectoryWatcher(directory, FileSystems.getDefault().newWatchService(), onChange,
          onDirectoryChanged);
      watcher.register(identityOf(directory));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch rules directory " + directory, e);
    }
    Thread thread = new Thread(watcher::watch, "trial-rules-watch");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private void watch() {
    try (service) {
      while (!Thread.currentThread().isInterrupted()) {
        WatchKey signalled = service.poll(CHECK_MILLIS, TimeUnit.MILLISECONDS);
        boolean changed = signalled != null && drain(signalled);
        if (signalled != null) {
          // Wait for the burst to end, so one save gives one reload.
          for (WatchKey more; (more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
            changed |= drain(more);
          }
        }
        changed |= followReplacement();
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
      LOG.warn("stopped watching the rules directory {}", directory, e);
    }
  }

  /**
   * Watches the directory the path names now, if that is not the one watched (or the watch was
   * cancelled, as when the watched directory is deleted).
   *
   * @return whether a new directory is watched, whose files the rules must be read from again
   */
  private boolean followReplacement() {
    Object now;
    try {
      now = identityOf(directory);
    } catch (NoSuchFileException e) {
      if (!missing) {
        missing = true;
        report("rules directory " + directory + " is missing; the rules in force keep serving, and it will be"
            + " watched again when it reappears");
      }
      return false;
    } catch (IOException e) {
      LOG.debug("cannot read rules directory {}; checking again", directory, e);
      return false;
    }
    if (key.isValid() && Objects.equals(now, identity) && !missing) {
      return false;
    }
    try {
      key.cancel();
      // The identity read before registering: if the path is swapped again in between, the next
      // check sees a mismatch and registers again, rather than trusting a stale watch.
      register(now);
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      LOG.debug("cannot watch rules directory {} yet; trying again", directory, e);
      return false;
    }
    missing = false;
    report("rules directory " + directory + " was replaced; watching the new one and reloading from it");
    return true;
  }

  private void register(Object identity) throws IOException {
    this.key = directory.register(service, StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    this.identity = identity;
  }

  private void report(String what) {
    LOG.warn("{}", what);
    try {
      onDirectoryChanged.accept(what);
    } catch (RuntimeException e) {
      LOG.warn("reporting a change of the rules directory failed", e);
    }
  }

  /**
   * What tells the directory a path names apart from another that takes its place: the file key
   * (device and inode on Unix), or where the file system has none, the creation time.
   */
  private static Object identityOf(Path directory) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(directory, BasicFileAttributes.class);
    return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
  }

  private static boolean drain(WatchKey key) {
    boolean any = !key.pollEvents().isEmpty();
    key.reset();
    return any;
  }
}
