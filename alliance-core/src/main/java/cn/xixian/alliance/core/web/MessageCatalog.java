package cn.xixian.alliance.core.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * English API messages → another language, from a UTF-8 TSV resource ({@code english<TAB>translation}, {@code #}
 * comments). The English text stays the canonical one in code; a line may hold placeholders such as {@code {id}}
 * for the variable parts, which are carried over unchanged, except placeholders named {@code {what...}} (the noun
 * of "… not found", say), whose value is translated too. Exact lines are looked up first, then the templates, the
 * most specific (most fixed text) first. A message the catalog does not know stays English.
 */
final class MessageCatalog {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final Map<String, String> exact = new HashMap<>();
    private final List<Template> templates = new ArrayList<>();

    /** One English template with placeholders, compiled to a pattern, and its translation. */
    record Template(String english, Pattern nouns, Pattern pattern, List<String> names, String translation) {

        /** {@code nouns}: the alternatives a {what} placeholder tries first (the catalog's exact lines). */
        static Template of(String english, String translation, String nouns) {
            Pattern withNouns = nouns == null ? null : compile(english, "(" + nouns + ")");
            return new Template(english, withNouns, compile(english, null), names(english), translation);
        }

        private static List<String> names(String english) {
            List<String> names = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(english);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        private static Pattern compile(String english, String nouns) {
            StringBuilder regex = new StringBuilder();
            Matcher m = PLACEHOLDER.matcher(english);
            int at = 0;
            while (m.find()) {
                // A noun ({what}) may hold spaces ("harvest lot"): a known noun first, else all it can take.
                boolean noun = m.group(1).startsWith("what");
                regex.append(Pattern.quote(english.substring(at, m.start())))
                        .append(noun && nouns != null ? nouns : noun ? "(.+)" : "(.+?)");
                at = m.end();
            }
            regex.append(Pattern.quote(english.substring(at)));
            return Pattern.compile(regex.toString(), Pattern.DOTALL);
        }

        Matcher match(String message) {
            if (nouns != null) {
                Matcher known = nouns.matcher(message);
                if (known.matches()) {
                    return known;
                }
            }
            Matcher any = pattern.matcher(message);
            return any.matches() ? any : null;
        }

        int fixedLength() {
            return PLACEHOLDER.matcher(english).replaceAll("").length();
        }
    }

    static MessageCatalog load(String resource) {
        try (InputStream in = MessageCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing message catalog " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageCatalog parse(List<String> lines) {
        MessageCatalog catalog = new MessageCatalog();
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.substring(tab + 1).isBlank()) {
                throw new IllegalArgumentException("catalog line without a translation: " + line);
            }
            entries.put(line.substring(0, tab), line.substring(tab + 1).strip());
        }
        entries.forEach((english, translation) -> {
            if (!PLACEHOLDER.matcher(english).find()) {
                catalog.exact.put(english, translation);
            }
        });
        String nouns = catalog.exact.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        entries.forEach((english, translation) -> {
            if (PLACEHOLDER.matcher(english).find()) {
                catalog.templates.add(Template.of(english, translation, english.contains("{what") ? nouns : null));
            }
        });
        catalog.templates.sort(Comparator.comparingInt(Template::fixedLength).reversed());
        return catalog;
    }

    /** The translation, or empty when the catalog has none for this message. */
    Optional<String> translate(String english) {
        if (english == null) {
            return Optional.empty();
        }
        String found = exact.get(english);
        if (found != null) {
            return Optional.of(found);
        }
        for (Template template : templates) {
            Matcher m = template.match(english);
            if (m != null) {
                String result = template.translation();
                for (int i = 0; i < template.names().size(); i++) {
                    String name = template.names().get(i);
                    String value = m.group(i + 1);
                    if (name.startsWith("what")) {
                        value = translate(value).orElse(value);
                    }
                    result = result.replace("{" + name + "}", value);
                }
                return Optional.of(result);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a template from the sources ({@code {}} for each value) has a line: the same shape, or a line that
     * translates it with each value a number or empty (a value that is an optional tail such as " for store X").
     */
    boolean knows(String sourceTemplate) {
        String shape = shape(sourceTemplate);
        if (exact.containsKey(sourceTemplate) || templates.stream().anyMatch(t -> shape(t.english()).equals(shape))) {
            return true;
        }
        String[] parts = shape.split("\\{}", -1);
        for (int mask = 0; mask < 1 << (parts.length - 1); mask++) {
            StringBuilder sample = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                sample.append((mask >> (i - 1) & 1) == 0 ? "1" : "").append(parts[i]);
            }
            if (translate(sample.toString()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static String shape(String template) {
        return PLACEHOLDER.matcher(template).replaceAll("{}");
    }
}
