package nl.regie.inburgering.duo.melding;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DuoContactpersoonRepository extends JpaRepository<DuoContactpersoon, Long> {

    Optional<DuoContactpersoon> findByGemeenteAndGebruiker(String gemeente, String gebruiker);
}
