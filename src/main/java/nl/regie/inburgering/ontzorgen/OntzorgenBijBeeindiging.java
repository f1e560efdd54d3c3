package nl.regie.inburgering.ontzorgen;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.partner.LopendTraject;
import nl.regie.inburgering.partner.PartnerGegevens;

/** A dossier that ends stops the withholding: the income system must stop paying the fixed costs. */
@Component
public class OntzorgenBijBeeindiging implements LopendTraject {

    private final OntzorgenTrajectRepository trajecten;
    private final PartnerGegevens partners;

    public OntzorgenBijBeeindiging(OntzorgenTrajectRepository trajecten, PartnerGegevens partners) {
        this.trajecten = trajecten;
        this.partners = partners;
    }

    @Override
    public Optional<Afmelding> sluitAf(Dossier dossier, LocalDate datum) {
        return trajecten.findByDossierId(dossier.getId())
                .filter(t -> t.getStatus() != OntzorgenTraject.Status.BEEINDIGD)
                .map(t -> {
                    t.beeindigd(datum);
                    return new Afmelding(partners.partnerVoor(OntzorgenDelegates.TOPIC, dossier.getGemeente(), null),
                            OntzorgenDelegates.TOPIC);
                });
    }
}
