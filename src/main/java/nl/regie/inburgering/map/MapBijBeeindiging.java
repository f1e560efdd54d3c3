package nl.regie.inburgering.map;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.partner.LopendTraject;

/** A planned MAP ends with the dossier; a provider already at work has an open task and is told for that. */
@Component
public class MapBijBeeindiging implements LopendTraject {

    private final MapTrajectRepository trajecten;

    public MapBijBeeindiging(MapTrajectRepository trajecten) {
        this.trajecten = trajecten;
    }

    @Override
    public Optional<Afmelding> sluitAf(Dossier dossier, LocalDate datum) {
        trajecten.findByDossierId(dossier.getId()).filter(t -> t.getStatus() == MapTraject.Status.GEPLAND)
                .ifPresent(MapTraject::beeindigd);
        return Optional.empty();
    }
}
