package nl.regie.inburgering.duo;

import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.gemeente.GemeentenProperties;

/** The OINs: each gemeente's ({@code regie.gemeenten.<code>.oin}) and DUO's ({@code regie.duo.oin}). */
@Component
public class DuoOins {

    private final GemeentenProperties gemeenten;
    private final DuoProperties duo;

    public DuoOins(GemeentenProperties gemeenten, DuoProperties duo) {
        this.gemeenten = gemeenten;
        this.duo = duo;
    }

    /** The gemeente (tenant id, e.g. GM0441) whose OIN this is. */
    public Optional<String> gemeenteMetOin(String oin) {
        if (oin == null) {
            return Optional.empty();
        }
        return gemeenten.getGemeenten().entrySet().stream()
                .filter(e -> oin.equals(e.getValue().getOin())).map(java.util.Map.Entry::getKey).findFirst();
    }

    /** The OIN of one of our gemeenten; fails when the configuration lacks it. */
    public String oinVan(String gemeente) {
        var instelling = gemeenten.getGemeenten().get(gemeente);
        if (instelling == null || instelling.getOin() == null) {
            throw new IllegalStateException("regie.gemeenten." + gemeente + ".oin ontbreekt");
        }
        return instelling.getOin();
    }

    public String duo() {
        return duo.getOin();
    }
}
