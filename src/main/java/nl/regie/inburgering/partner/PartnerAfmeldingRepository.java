package nl.regie.inburgering.partner;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerAfmeldingRepository extends JpaRepository<PartnerAfmelding, Long> {

    List<PartnerAfmelding> findByDossierIdOrderById(Long dossierId);

    java.util.Optional<PartnerAfmelding> findByProcesInstantieId(String procesInstantieId);
}
