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
# The application runs as its own unprivileged user without a shell; the jar belongs to root and is read-only for it.
# It writes only to /app/data (the H2 database, when the H2 profile is used) and /tmp (Tomcat's work files).
RUN useradd --system --user-group --uid 10001 --no-create-home --shell /usr/sbin/nologin regie \
 && mkdir -p /app/data && chown regie:regie /app/data && chmod 0700 /app/data
WORKDIR /app
COPY --from=build /build/target/regie-inburgering-*.jar /app/regie-inburgering.jar
USER regie
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/regie-inburgering.jar"]
