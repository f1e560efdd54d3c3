package nl.regie.inburgering.pipwijziging;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PipWijzigingRepository extends JpaRepository<PipWijziging, Long> {

    List<PipWijziging> findByDossierIdOrderById(Long dossierId);

    Optional<PipWijziging> findByProcesInstantieId(String procesInstantieId);
}
