package org.custos.protection.rights.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.custos.protection.rights.api.ItemField;
import org.eclipse.parsson.JsonProviderImpl;
import org.junit.jupiter.api.Test;

/** D3: a review item's fields, stored as JSON, read back as they were, without a JSON provider lookup each time. */
class ItemFieldsTest {

    private static final String PROVIDER = "jakarta.json.provider";

    /** Counts the providers {@code JsonProvider.provider()} makes: the property names it, so every lookup makes one. */
    public static class CountedProvider extends JsonProviderImpl {

        static final AtomicInteger MADE = new AtomicInteger();

        public CountedProvider() {
            MADE.incrementAndGet();
        }
    }

    @Test
    void itemsAreWrittenAndReadBackWithoutLookingUpTheJsonProviderForEachOne_D3() {
        List<ItemField> fields = IntStream.range(0, 8).mapToObj(i -> new ItemField("Label " + i, "Value \"" + i
                + "\"")).toList();
        String before = System.getProperty(PROVIDER);
        System.setProperty(PROVIDER, CountedProvider.class.getName());
        try {
            ItemFields.fields(ItemFields.json(fields));
            CountedProvider.MADE.set(0);
            for (int item = 0; item < 50; item++) {
                assertEquals(fields, ItemFields.fields(ItemFields.json(fields)));
            }
            assertEquals(0, CountedProvider.MADE.get(), "the former code looked one up for every field and read");
        } finally {
            if (before == null) {
                System.clearProperty(PROVIDER);
            } else {
                System.setProperty(PROVIDER, before);
            }
        }
    }
}
