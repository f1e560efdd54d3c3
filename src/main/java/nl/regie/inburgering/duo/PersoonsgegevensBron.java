package nl.regie.inburgering.duo;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the personal data of a person DUO reports, but we do not know yet, come from when DUO's notification opens a
 * dossier (DUO's APIs carry no names). In production that is the BRP (not connected in this installation: such a
 * notification becomes a procesbeheerder's task); in the demo and tests the DUO simulator's persons stand in.
 */
public interface PersoonsgegevensBron {

    Optional<Persoonsgegevens> zoek(String bsn);

    record Persoonsgegevens(String voornamen, String achternaam, LocalDate geboortedatum, String nationaliteit) {
    }
}
