package nl.regie.inburgering.identiteit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The engine authorizations of each role ({@code regie.autorisaties} in application.yml). */
@ConfigurationProperties(prefix = "regie")
public class AutorisatieProperties {

    private List<Autorisatie> autorisaties = new ArrayList<>();

    public List<Autorisatie> getAutorisaties() { return autorisaties; }
    public void setAutorisaties(List<Autorisatie> autorisaties) { this.autorisaties = autorisaties; }

    public static class Autorisatie {
        private String groep;
        /** A Camunda resource name, e.g. APPLICATION, PROCESS_DEFINITION. */
        private String resource;
        private String id = "*";
        /** Camunda permission names, e.g. ACCESS, READ, UPDATE_INSTANCE. */
        private List<String> rechten = new ArrayList<>();

        public String getGroep() { return groep; }
        public void setGroep(String groep) { this.groep = groep; }
        public String getResource() { return resource; }
        public void setResource(String resource) { this.resource = resource; }
        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public List<String> getRechten() { return rechten; }
        public void setRechten(List<String> rechten) { this.rechten = rechten; }
    }
}
