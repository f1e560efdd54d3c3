package nl.regie.inburgering.partner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Which partner serves which topics, gemeenten and leerroutes ({@code regie.partners} in application.yml). */
@ConfigurationProperties(prefix = "regie")
public class PartnersProperties {

    private Map<String, Partner> partners = new LinkedHashMap<>();

    public Map<String, Partner> getPartners() { return partners; }
    public void setPartners(Map<String, Partner> partners) { this.partners = partners; }

    public static class Partner {
        private String naam;
        private List<String> topics = new ArrayList<>();
        private List<String> gemeenten = new ArrayList<>();
        /** For taalaanbieders: the routes of their contract; empty means every route. */
        private List<String> leerroutes = new ArrayList<>();

        public String getNaam() { return naam; }
        public void setNaam(String naam) { this.naam = naam; }
        public List<String> getTopics() { return topics; }
        public void setTopics(List<String> topics) { this.topics = topics; }
        public List<String> getGemeenten() { return gemeenten; }
        public void setGemeenten(List<String> gemeenten) { this.gemeenten = gemeenten; }
        public List<String> getLeerroutes() { return leerroutes; }
        public void setLeerroutes(List<String> leerroutes) { this.leerroutes = leerroutes; }
    }
}
