package cn.xixian.alliance.core.harvest.importing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a CSV read when one record grows beyond a number of characters. A quote left open makes the
 * CSV parser take the rest of the file as one cell and hold it in memory; this reader follows the
 * quoting itself (RFC 4180, as the parser reads it) and refuses such a record, naming the line it
 * starts on (header = 1), long before memory is at risk.
 */
final class RowLengthCap extends FilterReader {

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final long maxChars;
    private State state = State.FIELD_START;
    private long line = 1;
    private long rowStartLine = 1;
    private long rowChars;

    RowLengthCap(Reader in, long maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    /**
     * The refusal, raised only when the parser asks for text past the point where the record became
     * too long: what it read ahead of that (the header, earlier rows) is still delivered.
     */
    private IOException refusal;

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (refusal != null) {
            throw refusal;
        }
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            refusal = see(buffer[offset + i]);
            if (refusal != null) {
                if (i == 0) {
                    throw refusal;
                }
                return i;
            }
        }
        return n;
    }

    private IOException see(char c) {
        if (c == '\n') {
            line++;
        }
        switch (state) {
            case FIELD_START, UNQUOTED, QUOTE_IN_QUOTED -> {
                if (c == '\n') {
                    state = State.FIELD_START;
                    rowStartLine = line;
                    rowChars = 0;
                    return null;
                }
                if (c == ',') {
                    state = State.FIELD_START;
                } else if (c == '"' && state == State.FIELD_START) {
                    state = State.QUOTED;
                } else if (c == '"' && state == State.QUOTE_IN_QUOTED) {
                    state = State.QUOTED; // "" inside a quoted cell: a quote character
                } else if (c != '\r') {
                    state = state == State.FIELD_START || state == State.QUOTE_IN_QUOTED ? State.UNQUOTED : state;
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                }
            }
        }
        if (++rowChars <= maxChars) {
            return null;
        }
        return new IOException(state == State.QUOTED
                    ? "row " + rowStartLine + ": a quoted cell is not closed (no closing quote within " + maxChars
                            + " characters)"
                : "row " + rowStartLine + ": the row is longer than " + maxChars + " characters");
    }
}
