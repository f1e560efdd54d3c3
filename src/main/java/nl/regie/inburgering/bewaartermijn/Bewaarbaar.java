package nl.regie.inburgering.bewaartermijn;

import java.util.List;

/**
 * A capability's part of the retention rule (Wi 36-37: five years after the dossier closed): the statements that
 * delete (or strip) its own rows of one dossier. Each statement has exactly one parameter, the dossier's id; children
 * before parents. {@link Bewaartermijn} runs every capability's statements before its own list, in the dossier's
 * transaction, so a new capability adds its tables here without editing a central list.
 */
public interface Bewaarbaar {

    List<String> opschoonOpdrachten();
}
