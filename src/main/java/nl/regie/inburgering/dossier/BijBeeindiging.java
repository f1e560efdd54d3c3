package nl.regie.inburgering.dossier;

import java.time.LocalDate;

/**
 * What a capability does when a dossier ends, in the same transaction and before the main process interrupts the
 * tracks: close its own records and note which partners must be told (their open tasks are withdrawn next).
 */
public interface BijBeeindiging {

    void voorBeeindiging(Dossier dossier, LocalDate datum, String reden);
}
