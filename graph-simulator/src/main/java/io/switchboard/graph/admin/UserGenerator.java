package io.switchboard.graph.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic, deterministic users: the same seed gives the same people, ids, cities, offices and departments,
 * so generated tenants can be compared across runs.
 */
public final class UserGenerator {

    record City(String city, String state, String country, String usageLocation, String... offices) {
    }

    private static final List<City> CITIES = List.of(
            new City("Berlin", "Berlin", "Germany", "DE", "Berlin HQ", "Berlin Adlershof"),
            new City("Munich", "Bavaria", "Germany", "DE", "Munich Riem"),
            new City("Hamburg", "Hamburg", "Germany", "DE", "Hamburg Hafencity"),
            new City("Vienna", "Vienna", "Austria", "AT", "Vienna Donaustadt"),
            new City("Zurich", "Zurich", "Switzerland", "CH", "Zurich Oerlikon"),
            new City("London", "England", "United Kingdom", "GB", "Park Lane", "London Canary Wharf"),
            new City("Manchester", "England", "United Kingdom", "GB", "Manchester Spinningfields"),
            new City("Paris", "Ile-de-France", "France", "FR", "Paris La Defense"),
            new City("Amsterdam", "North Holland", "Netherlands", "NL", "Amsterdam Zuidas"),
            new City("New York", "NY", "United States", "US", "New York Midtown"),
            new City("Seattle", "WA", "United States", "US", "Seattle South Lake Union"),
            new City("Chicago", "IL", "United States", "US", "Chicago Loop"),
            new City("Toronto", "ON", "Canada", "CA", "Toronto King West"),
            new City("Sydney", "NSW", "Australia", "AU", "Sydney Barangaroo"));
    private static final List<String> DEPARTMENTS = List.of("Sales", "Engineering", "Finance", "Human Resources", "Customer Support",
            "Marketing", "Operations", "Legal", "IT");
    private static final List<String> TITLES = List.of("Associate", "Specialist", "Senior Specialist", "Team Lead", "Manager", "Director");
    private static final List<String> FIRST = List.of("Anna", "Ben", "Clara", "David", "Elena", "Felix", "Greta", "Hannah", "Ilias", "Julia",
            "Karl", "Lena", "Marco", "Nina", "Oskar", "Paula", "Quentin", "Rosa", "Sven", "Tara", "Uwe", "Vera", "Willem", "Yara", "Zoe",
            "Amir", "Chloe", "Diego", "Emma", "Hugo", "Ines", "Jonas", "Leila", "Mateo", "Noah", "Olivia", "Priya", "Sofia", "Tom");
    private static final List<String> LAST = List.of("Schmidt", "Meyer", "Huber", "Novak", "Rossi", "Dubois", "Jansen", "Smith", "Brown",
            "Garcia", "Kowalski", "Nielsen", "Berg", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Martin", "Bernard", "Moreau",
            "Taylor", "Wilson", "Evans", "Kim", "Nguyen", "Patel", "Silva", "Costa", "Lopez");

    private UserGenerator() {
    }

    /** {@code count} users as Graph property trees, ready for the directory; each carries a password. */
    public static List<ObjectNode> generate(int count, long seed, String domain, String company, Instant createdAt) {
        Random random = new Random(seed);
        List<ObjectNode> users = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String first = FIRST.get(random.nextInt(FIRST.size()));
            String last = LAST.get(random.nextInt(LAST.size()));
            City city = CITIES.get(random.nextInt(CITIES.size()));
            String department = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
            String nickname = (first + "." + last + i).toLowerCase(java.util.Locale.ROOT);
            ObjectNode user = Json.object();
            user.put("id", new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
                    .toString());
            user.put("displayName", first + " " + last);
            user.put("givenName", first);
            user.put("surname", last);
            user.put("mailNickname", nickname);
            user.put("userPrincipalName", nickname + "@" + domain);
            user.put("mail", nickname + "@" + domain);
            user.put("accountEnabled", random.nextInt(50) != 0);
            user.put("city", city.city());
            user.put("state", city.state());
            user.put("country", city.country());
            user.put("usageLocation", city.usageLocation());
            user.put("officeLocation", city.offices()[random.nextInt(city.offices().length)]);
            user.put("department", department);
            user.put("jobTitle", department + " " + TITLES.get(random.nextInt(TITLES.size())));
            user.put("companyName", company);
            user.put("employeeType", random.nextInt(8) == 0 ? "Contractor" : "Employee");
            user.put("employeeId", String.format("E%06d", i));
            user.put("preferredLanguage", switch (city.usageLocation()) {
                case "DE", "AT", "CH" -> "de-DE";
                case "FR" -> "fr-FR";
                case "NL" -> "nl-NL";
                default -> "en-US";
            });
            user.putArray("businessPhones");
            user.putArray("assignedLicenses");
            user.putArray("assignedPlans");
            user.put("createdDateTime", Json.timestamp(createdAt));
            users.add(user);
        }
        return users;
    }
}
