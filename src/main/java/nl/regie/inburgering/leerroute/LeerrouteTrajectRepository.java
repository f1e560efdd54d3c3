package nl.regie.inburgering.leerroute;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LeerrouteTrajectRepository extends JpaRepository<LeerrouteTraject, Long> {

    List<LeerrouteTraject> findByDossierIdOrderById(Long dossierId);

    default Optional<LeerrouteTraject> lopend(Long dossierId) {
        return findByDossierIdOrderById(dossierId).stream().filter(LeerrouteTraject::isLopend).reduce((a, b) -> b);
    }
}
