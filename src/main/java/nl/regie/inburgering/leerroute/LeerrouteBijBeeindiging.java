package nl.regie.inburgering.leerroute;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.partner.LopendTraject;

/**
 * A dossier that ends ends the route; the taalaanbieder is told to deregister. A school a gezinsmigrant chose
 * was never engaged by the gemeente and is not told.
 */
@Component
public class LeerrouteBijBeeindiging implements LopendTraject {

    private final LeerrouteTrajectRepository trajecten;

    public LeerrouteBijBeeindiging(LeerrouteTrajectRepository trajecten) {
        this.trajecten = trajecten;
    }

    @Override
    public Optional<Afmelding> sluitAf(Dossier dossier, LocalDate datum) {
        return trajecten.lopend(dossier.getId()).flatMap(t -> {
            t.beeindigd(datum);
            return Optional.ofNullable(t.getPartner()).map(p -> new Afmelding(p, LeerrouteVariabelen.TOPIC_AANMELDING));
        });
    }
}
