package io.mirsad.cli;

import picocli.CommandLine;

/** The version from the jar manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Mirsad.class.getPackage().getImplementationVersion();
        return new String[] {"mirsad " + (v == null ? "(development build)" : v)};
    }
}
