package nl.regie.inburgering.web;

public class GeenToegangException extends RuntimeException {
    public GeenToegangException(String melding) {
        super(melding);
    }
}
