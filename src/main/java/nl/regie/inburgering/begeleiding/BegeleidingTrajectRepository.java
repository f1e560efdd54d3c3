package nl.regie.inburgering.begeleiding;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BegeleidingTrajectRepository extends JpaRepository<BegeleidingTraject, Long> {
    Optional<BegeleidingTraject> findByDossierId(Long dossierId);
}
