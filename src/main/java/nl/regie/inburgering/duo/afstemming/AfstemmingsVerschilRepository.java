package nl.regie.inburgering.duo.afstemming;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AfstemmingsVerschilRepository extends JpaRepository<AfstemmingsVerschil, Long> {

    Optional<AfstemmingsVerschil> findByOpenSleutel(String openSleutel);

    List<AfstemmingsVerschil> findByDossierIdOrderById(Long dossierId);

    List<AfstemmingsVerschil> findByDossierIdAndStatus(Long dossierId, AfstemmingsVerschil.Status status);
}
