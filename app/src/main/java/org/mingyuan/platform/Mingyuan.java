package org.mingyuan.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Mingyuan platform: a Spring Modulith application whose modules are the direct sub-packages. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Mingyuan {

    /** Starts the platform. */
    public static void main(String[] args) {
        SpringApplication.run(Mingyuan.class, args);
    }
}
