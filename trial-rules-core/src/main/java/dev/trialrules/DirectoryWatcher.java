package dev.trialrules;

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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
 *
 * <p>Quiet is not finished: a deploy tool or a script can write half a file, pause, and write the
 * rest, and half a rule file may well compile (without its last rules). So before calling back
 * the watcher waits until the directory's files are stable: the same names, sizes, modification
 * times and contents across a settle interval with no event in it, longer than such pauses
 * usually are. A writer that pauses longer still is not caught; writing to a temporary name and
 * renaming it into place is, always.
 */
final class DirectoryWatcher {
  private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);
  private static final long QUIET_MILLIS = 200;
  /** How often the path is checked for a replaced directory when no event comes. */
  private static final long CHECK_MILLIS = 500;
  /**
   * How long the files must stay unchanged before a reload: longer than the 1.5 s pause in the
   * middle of a file that once put half a rule file in force.
   */
  private static final long SETTLE_MILLIS = 2_000;

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
          awaitStableFiles();
          followReplacement();
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
   * Returns once the directory's files have stayed the same for {@link #SETTLE_MILLIS} with no
   * event in between; every event, or a difference, starts the interval again.
   */
  private void awaitStableFiles() throws InterruptedException {
    String before = snapshot();
    while (true) {
      WatchKey more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
      if (more != null) {
        drain(more);
        before = snapshot();
        continue;
      }
      String after = snapshot();
      if (after.equals(before)) {
        return;
      }
      before = after;
    }
  }

  /**
   * The name, size, modification time and content hash of every file in the directory, as one
   * string; a directory that cannot be read gives a string no other snapshot equals, so it is
   * never taken for stable while it changes.
   */
  private String snapshot() {
    StringBuilder snapshot = new StringBuilder();
    try (Stream<Path> files = Files.list(directory)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path file : files.sorted().toList()) {
        if (!Files.isRegularFile(file)) {
          continue;
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        snapshot.append(file.getFileName()).append('\0').append(attributes.size()).append('\0')
            .append(attributes.lastModifiedTime().toMillis()).append('\0')
            .append(HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file)))).append('\n');
      }
      return snapshot.toString();
    } catch (IOException | UncheckedIOException e) {
      return "unreadable at " + System.nanoTime() + ": " + e;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
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
