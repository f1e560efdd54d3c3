package nl.regie.inburgering.ontzorgen;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OntzorgenTrajectRepository extends JpaRepository<OntzorgenTraject, Long> {
    Optional<OntzorgenTraject> findByDossierId(Long dossierId);
}
