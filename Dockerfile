# Regie Inburgering: build with Maven, run on a JRE. Used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY processes processes
COPY forms forms
COPY src src
RUN mvn -B -ntp -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 regie
WORKDIR /app
COPY --from=build /build/target/regie-inburgering-*.jar /app/regie-inburgering.jar
USER regie
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/regie-inburgering.jar"]
