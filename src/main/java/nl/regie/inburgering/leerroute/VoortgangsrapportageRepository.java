package nl.regie.inburgering.leerroute;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VoortgangsrapportageRepository extends JpaRepository<Voortgangsrapportage, Long> {
    List<Voortgangsrapportage> findByTrajectIdOrderByPeriodeTot(Long trajectId);
}
