# Builds Traccia with the Maven wrapper, then runs the executable jar on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -DskipTests -pl app -am package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/app/target/app-*-exec.jar /opt/traccia/traccia.jar
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
# The run command's JVM options, traccia.jvm.options in pom.xml (docs/adr/0015); set JAVA_OPTS to change them, e.g. a
# larger -Xmx for a provider hosting many comuni.
ENV JAVA_OPTS="-XX:+UseSerialGC -Xms64m -Xmx512m -Xss512k -XX:ReservedCodeCacheSize=64m"
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/traccia/traccia.jar"]
