package nl.regie.inburgering.engine;

import java.util.Set;

/**
 * A capability's form fields whose values the engine's history must not keep (health data, personal narratives):
 * they go to the capability's own tables, and history records only that they were set ({@link AfgeschermdeHistorie}).
 * Collected from every bean at engine start, beside {@code regie.privacy.afgeschermd-in-historie}; a new capability
 * declares its own fields here without editing the central list. Implementations have no dependencies (they are
 * created before the engine).
 */
public interface AfgeschermdeVelden {

    Set<String> velden();
}
