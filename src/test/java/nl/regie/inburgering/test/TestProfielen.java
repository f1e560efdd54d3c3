package nl.regie.inburgering.test;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Tests run on H2 in memory; with {@code -Dregie.test.database=postgres} (the pom's second Surefire run when
 * {@code -Dpostgres.tests=true}) the very same tests run against a real PostgreSQL.
 */
public class TestProfielen implements ActiveProfilesResolver {

    public static boolean opPostgres() {
        return "postgres".equals(System.getProperty("regie.test.database"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return opPostgres() ? new String[] {"test", "postgres-test"} : new String[] {"test"};
    }
}
