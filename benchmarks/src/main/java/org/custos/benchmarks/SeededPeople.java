package org.custos.benchmarks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.custos.domain.shared.SearchText;
import org.custos.domain.shared.SubjectCategory;
import org.custos.domain.subject.DataSubject;

/**
 * The people of a seeded register, the same for every run of a size (a fixed random seed). Names are drawn with a
 * Zipf-like skew (exponent 0.8), as in a real register: the commonest given name is borne by about one person in
 * seven, as in the measurement (14,000 of 100,000), the fifth commonest by about one in twenty-five. Some
 * names carry accents and ligatures, so that the folded search column ({@link DataSubject#searchName}) differs from
 * the name as typed.
 */
final class SeededPeople {

    static final String SEEDED_BY = "bench-seed";

    private static final List<String> GIVEN = List.of("James", "Olivia", "Mohammed", "Amelia", "Oliver", "Isla",
            "George", "Ava", "Noah", "Mia", "Arthur", "Ivy", "Harry", "Lily", "Leo", "Isabella", "Muhammad", "Rosie",
            "Jack", "Sophia", "Charlie", "Grace", "Oscar", "Freya", "Jacob", "Florence", "Henry", "Willow", "Thomas",
            "Evie", "Zoë", "Chloé", "José", "Søren", "Łukasz", "Ægir", "Renée", "Anaïs", "Björn", "Siân", "Aoife",
            "Niamh", "Rhys", "Dylan", "Priya", "Arjun", "Fatima", "Yusuf", "Wei", "Mei", "Kofi", "Ama", "Olumide",
            "Chidi", "Hana", "Kenji", "Anna Maria", "Mary Jane", "Jean-Luc", "Maëlle");
    private static final List<String> FAMILY = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts",
            "Green", "Hall", "Thomas", "Clarke", "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin",
            "Cooper", "Hill", "Ward", "Hughes", "Moore", "Clark", "King", "Harrison", "Lewis", "Baker", "Lee", "Allen",
            "Morris", "Khan", "Scott", "Watson", "Davis", "Parker", "James", "Bennett", "Young", "Phillips",
            "Richardson", "Mitchell", "Bailey", "Carter", "Cook", "Singh", "Shaw", "Bell", "Collins", "Morgan",
            "Kelly", "Begum", "Miller", "Cox", "Hussain", "Marshall", "Simpson", "Price", "Anderson", "Adams",
            "Wilkinson", "Ali", "Ahmed", "Foster", "Ellis", "Murphy", "Chapman", "Mason", "Gray", "Richards",
            "Webb", "Griffiths", "Hunt", "Palmer", "Campbell", "Holmes", "Mills", "Rogers", "Barnes", "Knight",
            "Matthews", "Barker", "Ñúñez", "Müller", "O'Brien", "Øster", "Lefèvre", "Nowak", "Kowalczyk", "Ødegård",
            "García López", "van der Berg");
    private static final List<String> TOWNS = List.of("Leeds", "York", "Bristol", "Cardiff", "Glasgow", "Norwich",
            "Exeter", "Derry", "Bath", "Hull");
    private static final LocalDate OLDEST = LocalDate.of(1940, 1, 1);
    private static final LocalDateTime FIRST_ENTRY = LocalDateTime.of(2021, 1, 4, 8, 0);
    private static final SubjectCategory[] CATEGORIES = SubjectCategory.values();

    private SeededPeople() {
    }

    /** People {@code 1..count}, with ids {@code 1..count}. */
    static List<Person> of(int count) {
        Random random = new Random(13);
        Zipf given = new Zipf(GIVEN.size());
        Zipf family = new Zipf(FAMILY.size());
        List<Person> people = new ArrayList<>(count);
        for (long id = 1; id <= count; id++) {
            String givenName = GIVEN.get(given.draw(random));
            String familyName = FAMILY.get(family.draw(random));
            String local = (SearchText.folded(givenName) + "." + SearchText.folded(familyName)).replaceAll("[^a-z.]", "");
            people.add(new Person(id, givenName, familyName, DataSubject.searchName(givenName, familyName),
                    OLDEST.plusDays(random.nextInt(65 * 365)),
                    DataSubject.normalisedEmail(local + "." + id + "@example.org"),
                    String.format("07700 %06d", random.nextInt(1_000_000)), TOWNS.get(random.nextInt(TOWNS.size())),
                    CATEGORIES[random.nextInt(CATEGORIES.length)], random.nextInt(50) == 0,
                    FIRST_ENTRY.plusMinutes(random.nextInt(5 * 365 * 24 * 60))));
        }
        return people;
    }

    /** The {@code count} commonest given names, which the name searches look for. */
    static List<String> commonGivenNames(int count) {
        return GIVEN.subList(0, count);
    }

    /** Ranks drawn with probability proportional to {@code 1 / rank^0.8}. */
    private static final class Zipf {

        private final double[] cumulative;

        Zipf(int ranks) {
            cumulative = new double[ranks];
            double sum = 0;
            for (int rank = 0; rank < ranks; rank++) {
                sum += 1 / Math.pow(rank + 1, 0.8);
                cumulative[rank] = sum;
            }
            for (int rank = 0; rank < ranks; rank++) {
                cumulative[rank] /= sum;
            }
        }

        int draw(Random random) {
            int found = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(found >= 0 ? found : -found - 1, cumulative.length - 1);
        }
    }
}
