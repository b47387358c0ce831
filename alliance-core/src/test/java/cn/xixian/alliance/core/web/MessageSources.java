package cn.xixian.alliance.core.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The English messages the main sources hand to the API: string literals (and concatenations of literals with
 * values, turned into templates with {@code {}} for each value) passed as the message of the exceptions and field
 * errors of {@code core.web}, of the sales module's rejections and field checks, and Bean Validation's
 * {@code message = "..."}. A small Java reader: strings, characters, brackets; enough for how our code is written.
 */
final class MessageSources {

    /** A message found: its template and where. */
    record Found(String template, String where) {
    }

    /** Call → which argument is the message (counted from 0), and how many arguments the call must have (0: any). */
    private record Call(Pattern start, int argument, int arity) {
    }

    private static final List<Call> CALLS = List.of(
            new Call(Pattern.compile("new InvalidInputException\\("), 1, 2),
            new Call(Pattern.compile("new OrderRejectedException\\("), 1, 2),
            new Call(Pattern.compile("FieldError\\.of\\("), 1, 2),
            new Call(Pattern.compile("new FieldError\\("), 2, 3),
            new Call(Pattern.compile("new ConflictException\\("), 0, 1),
            new Call(Pattern.compile("new ForbiddenException\\("), 0, 1),
            new Call(Pattern.compile("(?<![\\w.])error\\(|fields\\.error\\("), 1, 2),
            new Call(Pattern.compile("ProblemDetail\\.forStatusAndDetail\\("), 1, 2),
            new Call(Pattern.compile("\\bmessage\\s*=\\s*(?=\")"), 0, 0));
    private static final Pattern NOT_FOUND = Pattern.compile("new NotFoundException\\(");

    private MessageSources() {
    }

    /** Every {@code src/main/java} of the project's modules (the parent of this module's base dir). */
    static List<Path> mainSources() {
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        try (Stream<Path> modules = Files.list(module.getParent())) {
            return modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Found> messages(List<Path> roots) {
        List<Found> found = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    scan(Files.readString(file), root.getParent().getParent().getParent().getParent().relativize(file).toString(), found);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    static void scan(String source, String where, List<Found> found) {
        for (Call call : CALLS) {
            Matcher m = call.start().matcher(source);
            while (m.find()) {
                List<String> args = call.arity() == 0 ? List.of(expression(source, m.end())) : arguments(source, m.end());
                if (call.arity() == 0 || args.size() == call.arity()) {
                    templates(args.get(call.argument())).forEach(t -> found.add(new Found(t, where + ":" + line(source, m.start()))));
                }
            }
        }
        Matcher m = NOT_FOUND.matcher(source);
        while (m.find()) {
            List<String> args = arguments(source, m.end());
            templates(args.get(0)).forEach(noun -> found.add(new Found(noun + " {} not found", where + ":" + line(source, m.start()))));
        }
    }

    /** The templates an expression can give: one per branch of a top-level {@code ?:} or {@code switch}; none without a literal. */
    static List<String> templates(String expression) {
        String e = expression.strip();
        List<String> out = new ArrayList<>();
        if (e.startsWith("switch")) {
            String[] branches = e.split("->");
            for (int i = 1; i < branches.length; i++) {
                out.addAll(templates(branches[i].substring(0, cut(branches[i], ';'))));
            }
            return out;
        }
        int question = topLevel(e, '?');
        if (question > 0) {
            String rest = e.substring(question + 1);
            int colon = topLevel(rest, ':');
            out.addAll(templates(rest.substring(0, colon)));
            out.addAll(templates(rest.substring(colon + 1)));
            return out;
        }
        StringBuilder template = new StringBuilder();
        boolean literal = false;
        for (String part : split(e, '+')) {
            String p = part.strip();
            if (p.startsWith("\"") && skipQuoted(p, 0) == p.length()) {
                template.append(unescape(p.substring(1, p.length() - 1)));
                literal = true;
            } else {
                template.append("{}");
            }
        }
        if (literal) {
            out.add(template.toString());
        }
        return out;
    }

    private static List<String> arguments(String s, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int end = skipQuoted(s, i);
                cur.append(s, i, end);
                i = end - 1;
                continue;
            }
            if (depth == 0 && (c == ')' || c == ',')) {
                args.add(cur.toString().strip());
                cur.setLength(0);
                if (c == ')') {
                    return args;
                }
                continue;
            }
            depth += "([{".indexOf(c) >= 0 ? 1 : ")]}".indexOf(c) >= 0 ? -1 : 0;
            cur.append(c);
        }
        return args;
    }

    /** The expression starting at {@code from}, up to the first top-level ',' or closing bracket. */
    private static String expression(String s, int from) {
        List<String> args = arguments(s, from);
        return args.isEmpty() ? "" : args.get(0);
    }

    private static List<String> split(String e, char on) {
        List<String> parts = new ArrayList<>();
        int at;
        String rest = e;
        while ((at = topLevel(rest, on)) >= 0) {
            parts.add(rest.substring(0, at));
            rest = rest.substring(at + 1);
        }
        parts.add(rest);
        return parts;
    }

    /** Index of the first {@code c} outside strings and brackets, or -1. */
    private static int topLevel(String s, char c) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if ((x == '"' || x == '\'') && x != c) {
                i = skipQuoted(s, i) - 1;
                continue;
            }
            if (x == c && depth == 0) {
                return i;
            }
            depth += "([{".indexOf(x) >= 0 ? 1 : ")]}".indexOf(x) >= 0 ? -1 : 0;
        }
        return -1;
    }

    private static int cut(String s, char c) {
        int at = topLevel(s, c);
        return at < 0 ? s.length() : at;
    }

    private static int skipQuoted(String s, int start) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote) {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, s.length());
    }

    private static String unescape(String literal) {
        return literal.replace("\\\"", "\"").replace("\\'", "'").replace("\\n", "\n").replace("\\\\", "\\");
    }

    private static int line(String s, int at) {
        return (int) s.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
