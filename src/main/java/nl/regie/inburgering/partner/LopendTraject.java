package nl.regie.inburgering.partner;

import java.time.LocalDate;
import java.util.Optional;

import nl.regie.inburgering.dossier.Dossier;

/**
 * A track whose partner keeps working without an open task (withholding fixed costs, lessons, support). When the
 * dossier ends the track closes its record and names the partner to tell; partners with an open task are told
 * anyway ({@link PartnerAfmeldingen}).
 */
public interface LopendTraject {

    /** Closes this track's record of the dossier if it is running; the partner and topic to tell, if any. */
    Optional<Afmelding> sluitAf(Dossier dossier, LocalDate datum);

    record Afmelding(String partner, String topic) {
    }
}
