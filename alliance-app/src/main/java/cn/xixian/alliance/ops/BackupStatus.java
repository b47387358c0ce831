package cn.xixian.alliance.ops;

import java.time.Instant;

/**
 * The last backup: when it started and ended, whether it worked, where it is, how big it is (bytes of its files),
 * how many collections and documents it holds, and the error when it failed.
 */
public record BackupStatus(Instant startedAt, Instant finishedAt, Outcome outcome, String directory, long sizeBytes,
        int collections, long documents, String error) {

    public enum Outcome { OK, FAILED }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
