package nl.regie.inburgering.duo;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DuoNotificatieRepository extends JpaRepository<DuoNotificatie, Long> {

    Optional<DuoNotificatie> findByBerichtId(String berichtId);

    List<DuoNotificatie> findByDossierIdOrderByIdAsc(Long dossierId);
}
