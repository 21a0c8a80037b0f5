package org.custos.system.server;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

/**
 * The generated bad inputs of {@link BadInputSystemIT} (jqwik's arbitraries, drawn with a seeded random so a run can
 * be repeated): long, empty, whitespace, Unicode scripts, bidi and zero-width characters, HTML and script, SQL
 * metacharacters, impossible dates and extreme numbers, mixed for each box by what it takes (a date picker gets
 * more dates). Markup carries {@link #MARK} and expressions {@link #EVALUATED}, so an answer showing them unescaped
 * or evaluated is found by a plain search of its text.
 */
final class BadInputs {

    /** The tag every generated markup opens: {@code <custosfz} in an answer is markup that came back unescaped. */
    static final String MARK = "custosfz";
    /** What an expression of the generated ones gives if the server evaluates it: {@code #{7*191}} is 1337. */
    static final String EVALUATED = "custosel1337";

    private static final int SIZE = 1000;

    private static final List<String> MARKUP = List.of("<script>custosfz()</script>", "<custosfz>",
            "\"><custosfz onmouseover=alert(1)>", "'><custosfz/>", "</textarea><custosfz>", "]]><custosfz>",
            "<img src=x onerror=custosfz()><custosfz>", "<svg onload=custosfz()><custosfz>", "javascript:custosfz()",
            "<!--<custosfz>-->", "&lt;custosfz&gt;", "custosel#{7*191}", "custosel${7*191}", "{{7*191}}custosfz",
            "<a href=\"javascript:custosfz()\">x</a><custosfz>", "\u003ccustosfz\u003e");
    private static final List<String> SQL = List.of("' OR '1'='1", "'; DROP TABLE core_data_subject; --",
            "\" OR \"\"=\"", "%", "_", "%_%", "\\", "\\'", "' UNION SELECT password_hash FROM sec_account --",
            "1; SELECT pg_sleep(5)", "$$", "$tag$", "\u0000", "a\u0000b", "'||(SELECT 1)||'", "/*", "*/", "--",
            "E'\\x00'", "''''''''", "'", "\"", "`", ";", "[", "]", "\\x", "%00");
    private static final List<String> DATES = List.of("31/02/2023", "29/02/2023", "00/00/0000", "32/01/2020",
            "01/13/2020", "31/04/2021", "1/1/1", "01/01/0000", "31/12/9999", "01/01/10000", "-01/01/2020",
            "99/99/9999", "2020-02-30", "30.02.2020", "today", "0", "31/12/1899", "01/01/2101", "31/12/-1",
            "01/01/292278995", "29/02/1900", "١٢/٠٣/٢٠٢٠", "１２/０３/２０２０", "12/03/2020 12:00", "12//2020");
    private static final List<String> NUMBERS = List.of("0", "-0", "-1", "2147483647", "2147483648",
            "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e308", "1e309",
            "-1e309", "NaN", "Infinity", "0x10", "1.5", "1,5", "٣٤", "１２", "1_000", "+1",
            "00000000000000000001", "1" + "0".repeat(400), "4.9e-324", "-");
    private static final List<String> EMOJI = List.of("😀", "👩‍👩‍👧", "🏳️‍🌈", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "Z̷̢͉a̶l̵g̴o̵", "ﷺ", "ẞ",
            "ǅ", "ﬁ", "İ", "\uD800", "\uDFFF");

    private final Random drawing;
    private final Random random;
    private final RandomGenerator<String> text;
    private final RandomGenerator<String> dates;

    /** Inputs drawn from the seed: the same seed gives the same inputs. */
    BadInputs(long seed) {
        drawing = new Random(seed);
        random = new Random(~seed);
        text = onSession(() -> values(false).generator(SIZE, true));
        dates = onSession(() -> values(true).generator(SIZE, true));
    }

    /** The next value for a box that takes at most {@code maxLength} characters (0: no limit given). */
    String next(int maxLength, boolean date) {
        RandomGenerator<String> generator = date ? dates : text;
        String value = onSession(() -> generator.next(drawing).value());
        return value.startsWith("LONG:") ? longer(maxLength, value.substring(5)) : value;
    }

    private static <T> T onSession(Callable<T> draw) {
        try {
            return Session.THREAD.submit(draw).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A choice among {@code count} (a list's options, boxes to tick). */
    int choice(int count) {
        return random.nextInt(count);
    }

    boolean coin() {
        return random.nextBoolean();
    }

    /** A long input: the limit, one over it, or far over it, in the letters drawn. */
    private String longer(int maxLength, String letters) {
        int limit = maxLength > 0 ? maxLength : 255;
        int length = switch (random.nextInt(4)) {
            case 0 -> limit;
            case 1 -> limit + 1;
            case 2 -> limit * 2 + 1;
            default -> 5000;
        };
        StringBuilder built = new StringBuilder(length);
        while (built.length() < length) {
            built.append(letters);
        }
        return built.substring(0, length);
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<String> values(boolean date) {
        Arbitrary<String> longs = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().withCharRange('\u0600', '\u06ff').withCharRange('\u4e00', '\u4fff')
                        .ofMinLength(1).ofMaxLength(3),
                Arbitraries.of("<custosfz>", "'", "\u202e", "😀")).map(letters -> "LONG:" + letters);
        Arbitrary<String> empty = Arbitraries.just("");
        Arbitrary<String> whitespace = Arbitraries.strings().withChars(" \t\n\r\u00a0\u2003\u3000\u2028\u000b")
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> scripts = Arbitraries.oneOf(Arbitraries.strings().withCharRange('\u0600', '\u06ff')
                        .withCharRange('\u05d0', '\u05ea').withCharRange('\u4e00', '\u9fff')
                        .withCharRange('\u0900', '\u097f').withCharRange('\u0400', '\u04ff')
                        .withCharRange('\u0e00', '\u0e7f').withCharRange('\u0300', '\u036f').withChars("éßøÅçñ")
                        .ofMinLength(1).ofMaxLength(40),
                Arbitraries.of(EMOJI), Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20));
        Arbitrary<String> bidi = Arbitraries.strings().withChars("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c"
                + "\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u2060abcאבגابت12 ").ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> markup = Arbitraries.of(MARKUP);
        Arbitrary<String> sql = Arbitraries.of(SQL);
        Arbitrary<String> dates = Arbitraries.oneOf(Arbitraries.of(DATES), Arbitraries.integers().between(-1, 40)
                .flatMap(day -> Arbitraries.integers().between(-1, 15).flatMap(month -> Arbitraries.integers()
                        .between(-1, 100_000).map(year -> String.format("%02d/%02d/%04d", day, month, year)))));
        Arbitrary<String> numbers = Arbitraries.oneOf(Arbitraries.of(NUMBERS), Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)).map(BigInteger::toString));
        Arbitrary<String> plain = Arbitraries.frequencyOf(Tuple.of(2, longs), Tuple.of(1, empty),
                Tuple.of(1, whitespace), Tuple.of(2, scripts), Tuple.of(2, bidi), Tuple.of(3, markup),
                Tuple.of(2, sql), Tuple.of(date ? 6 : 1, dates), Tuple.of(1, numbers));
        Arbitrary<String> affix = Arbitraries.oneOf(Arbitraries.just(""), scripts, bidi, markup, sql);
        // a bad value alone, or wrapped in others (a name with a script in the middle of it)
        return Arbitraries.frequencyOf(Tuple.of(3, plain), Tuple.of(1, Combinators.combine(affix, plain, affix)
                .as((before, middle, after) -> middle.startsWith("LONG:") ? middle : before + middle + after)));
    }

    /**
     * jqwik draws only on a thread of its own (a property's, or a session's): every draw of all the run's users
     * happens on this one thread, in one session kept open. (A class of its own: the thread must not wait for
     * {@link BadInputs} to be initialised.)
     */
    private static final class Session {

        static final ExecutorService THREAD = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(() -> {
                JqwikSession.start();
                task.run();
            }, "jqwik-session");
            thread.setDaemon(true);
            return thread;
        });
    }
}
