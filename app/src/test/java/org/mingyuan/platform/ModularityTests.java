package org.mingyuan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Mingyuan.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation(@TempDir Path output) throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        String overview = Files.readString(output.resolve("components.puml"));
        // The overview draws the modules that depend on others or are depended on; each module has its own page.
        assertThat(overview).contains("Registry", "Identity", "Ledger", "Audit");
        assertThat(modules.stream()).isNotEmpty();
        for (ApplicationModule module : modules) {
            Path own = output.resolve("module-" + module.getIdentifier() + ".puml");
            assertThat(own).isNotEmptyFile();
            assertThat(Files.readString(own)).contains(module.getDisplayName());
        }
    }
}
