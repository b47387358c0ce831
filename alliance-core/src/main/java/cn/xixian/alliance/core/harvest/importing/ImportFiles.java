package cn.xixian.alliance.core.harvest.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;

/** Where uploaded files wait for their job, and how their text is decoded. */
public final class ImportFiles {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Blank lines are kept as records so that the upload check and the reader count lines alike. */
    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();

    /** A header row is a few column names; a longer first record is not a header (an unclosed quote, say). */
    static final int HEADER_MAX_CHARS = 4096;

    private ImportFiles() {
    }

    public static Path uploaded(Path dataDir, String importId, String format) {
        return dataDir.resolve("imports").resolve(importId + "." + format.toLowerCase());
    }

    /** The CSV the rows are read from: the upload itself, or the CSV an .xlsx was turned into. */
    public static Path rowsCsv(Path dataDir, String importId, String format) {
        return format.equalsIgnoreCase("xlsx") ? dataDir.resolve("imports").resolve(importId + ".rows.csv")
                : uploaded(dataDir, importId, format);
    }

    /**
     * UTF-8 unless the bytes say otherwise: Excel on a Chinese Windows saves "CSV" as GB18030/GBK,
     * which a cooperative's clerk will upload as it is. The whole file is checked (a few hundred
     * milliseconds for the largest), since the first Chinese text may come late.
     */
    static Charset charsetOf(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            int n;
            while ((n = stream.read(in.array(), in.position(), in.remaining())) >= 0) {
                in.position(in.position() + n);
                in.flip();
                if (utf8.decode(in, out, false).isError()) {
                    return GB18030;
                }
                in.compact();
                out.clear();
            }
            in.flip();
            return utf8.decode(in, out, true).isError() ? GB18030 : StandardCharsets.UTF_8;
        }
    }

    /**
     * Refuses at upload (400, row 1) a file whose header lacks a required column, or an .xlsx that is
     * not a workbook at all, so the clerk hears of it at once rather than from a failed job.
     */
    public static void checkHeader(Path file, String format) {
        try {
            if (format.equals("xlsx")) {
                byte[] magic;
                try (InputStream in = Files.newInputStream(file)) {
                    magic = in.readNBytes(4);
                }
                if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K') {
                    throw header("the file is not an .xlsx workbook");
                }
                return;
            }
            try (var reader = new RowLengthCap(Files.newBufferedReader(file, charsetOf(file)), HEADER_MAX_CHARS);
                    var parser = CSV.parse(reader)) {
                var records = parser.iterator();
                if (!records.hasNext()) {
                    throw header("the file is empty; expected a header row");
                }
                List<String> missing = ImportColumns.missing(records.next().toList());
                if (!missing.isEmpty()) {
                    throw header("the header lacks the column(s) " + String.join(", ", missing));
                }
            }
        } catch (UncheckedIOException e) {
            String refusal = e.getCause().getMessage();
            if (refusal != null && refusal.startsWith("row 1: ")) { // from RowLengthCap
                throw header(refusal.substring("row 1: ".length()));
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidInputException header(String message) {
        return new InvalidInputException(List.of(new FieldError(1L, "header", message)));
    }

    /** Removes a finished upload; one left behind in the data directory harms nothing. */
    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(ImportFiles.class).warn("could not delete {}: {}", file, e.getMessage());
        }
    }

    /** Copies the upload into the data directory and returns its SHA-256. */
    public static String store(InputStream content, Path target) {
        try {
            Files.createDirectories(target.getParent());
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            try (InputStream in = new java.security.DigestInputStream(content, sha)) {
                Files.copy(in, target);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the uploaded file", e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lines after the header, blank ones included: the size of the job, for a progress bar. */
    public static long dataLines(Path csv) {
        try (InputStream in = Files.newInputStream(csv)) {
            byte[] buffer = new byte[1 << 16];
            long lines = 0;
            int n;
            byte last = '\n';
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
            return Math.max(0, lines + (last == '\n' ? 0 : 1) - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
