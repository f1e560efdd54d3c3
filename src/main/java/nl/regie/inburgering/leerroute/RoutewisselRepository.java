package nl.regie.inburgering.leerroute;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutewisselRepository extends JpaRepository<Routewissel, Long> {
    List<Routewissel> findByDossierIdOrderById(Long dossierId);

    long countByDossierId(Long dossierId);

    java.util.Optional<Routewissel> findByProcesInstantieId(String procesInstantieId);
}
