package se.lsgraph.cli;

import picocli.CommandLine.IVersionProvider;
import se.lsgraph.load.Version;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"lsgraph " + Version.get()};
    }
}
