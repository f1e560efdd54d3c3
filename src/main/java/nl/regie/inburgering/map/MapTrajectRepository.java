package nl.regie.inburgering.map;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MapTrajectRepository extends JpaRepository<MapTraject, Long> {
    Optional<MapTraject> findByDossierId(Long dossierId);
}
