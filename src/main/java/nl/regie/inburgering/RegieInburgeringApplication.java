package nl.regie.inburgering;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RegieInburgeringApplication {
    public static void main(String[] args) {
        SpringApplication.run(RegieInburgeringApplication.class, args);
    }
}
