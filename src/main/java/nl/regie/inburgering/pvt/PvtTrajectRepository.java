package nl.regie.inburgering.pvt;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PvtTrajectRepository extends JpaRepository<PvtTraject, Long> {
    Optional<PvtTraject> findByDossierId(Long dossierId);
}
