package nl.regie.inburgering.dossier;

import java.util.Optional;

/**
 * A dossier by its number, read from the database once per transaction (issue 13: one engine step evaluates several
 * rules and mappings that each look the dossier up by its number — a partner task's input mapping four times). Within
 * a transaction a later lookup of the same number returns the entity from the persistence context, the same managed
 * instance the query would have returned, without a query and its flush; a new transaction queries again.
 */
public interface DossierOpNummer {

    Optional<Dossier> findByDossiernummer(String dossiernummer);
}
