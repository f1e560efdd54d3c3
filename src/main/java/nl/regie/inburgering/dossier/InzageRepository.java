package nl.regie.inburgering.dossier;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InzageRepository extends JpaRepository<Inzage, Long> {
    List<Inzage> findByDossierIdOrderByTijdstipAscIdAsc(Long dossierId);
}
