package nl.regie.inburgering.begeleiding;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.partner.LopendTraject;

/** A dossier that ends ends the support; the partner that gives it is told (not when the gemeente gives it). */
@Component
public class BegeleidingBijBeeindiging implements LopendTraject {

    private final BegeleidingTrajectRepository trajecten;

    public BegeleidingBijBeeindiging(BegeleidingTrajectRepository trajecten) {
        this.trajecten = trajecten;
    }

    @Override
    public Optional<Afmelding> sluitAf(Dossier dossier, LocalDate datum) {
        return trajecten.findByDossierId(dossier.getId()).filter(BegeleidingTraject::isLopend).flatMap(t -> {
            t.beeindigd(datum);
            // the gemeente's own casemanagers (Hoorn) see the ended dossier: no partner to tell
            return BegeleidingDelegates.DOOR_GEMEENTE.equals(t.getPartner())
                    ? Optional.<Afmelding>empty() : Optional.of(new Afmelding(t.getPartner(), BegeleidingDelegates.TOPIC));
        });
    }
}
