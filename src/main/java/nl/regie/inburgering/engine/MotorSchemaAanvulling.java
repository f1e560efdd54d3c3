package nl.regie.inburgering.engine;

import java.util.List;

/**
 * A capability's addition to the engine's own schema: an index, or statistics, on an {@code ACT_*} table that one of
 * its queries needs at scale (issue 13). A capability declares its statements as a bean of this type, in its own
 * package; {@link MotorSchemaAanvullingen} runs them all after the engine has built (or updated) its schema.
 * <p>
 * Not Flyway: on a fresh database Flyway runs before the engine creates its tables (JPA validates our tables first,
 * and the engine shares JPA's transaction manager), so a migration on an engine table would fail there.
 * <p>
 * Each statement must be idempotent ({@code create index if not exists}, {@code create statistics if not exists},
 * {@code analyze}) — they run at every start — and only an optimisation: a statement that fails (another node making
 * the same index at that moment, an older PostgreSQL) is logged and tried again at the next start. On PostgreSQL an
 * index is built {@code CONCURRENTLY} whether the statement says so or not ({@link MotorSchemaAanvullingen}), so
 * that a running installation keeps writing while it is built.
 */
public interface MotorSchemaAanvulling {

    /** The databases the application runs on. */
    enum Database { POSTGRES, H2 }

    /** The statements for this database, in order (each runs on its own, with autocommit); empty for none. */
    List<String> statements(Database database, String tabelPrefix);
}
