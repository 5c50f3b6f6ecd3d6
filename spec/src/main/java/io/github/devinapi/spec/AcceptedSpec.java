package io.github.devinapi.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The spec the project last accepted: its checksum in {@code sha256sum} format beside the spec, and
 * a copy of it under {@code spec/accepted/} that changes are listed against. A changed spec is
 * reported, not refused (regenerating from it is the point of the build), unless the build is
 * asked to require an accepted spec.
 */
public final class AcceptedSpec {

    public static final String ACCEPT_COMMAND = "./mvnw -pl spec verify -Dspec.accept=true";

    private final Path checksumFile;
    private final Path copy;

    public AcceptedSpec(Path checksumFile, Path copy) {
        this.checksumFile = checksumFile;
        this.copy = copy;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The accepted checksum, or null when none was ever recorded. */
    public String acceptedChecksum() {
        if (!Files.exists(checksumFile)) {
            return null;
        }
        try {
            String line = Files.readString(checksumFile, StandardCharsets.UTF_8).trim();
            return line.isEmpty() ? null : line.split("\\s+")[0];
        } catch (IOException e) {
            throw new SpecException(checksumFile + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public boolean accepts(SpecDocument spec) {
        return sha256(spec.bytes()).equals(acceptedChecksum());
    }

    public void accept(SpecDocument spec) {
        String line = sha256(spec.bytes()) + "  " + spec.file().getFileName() + "\n";
        try {
            Files.writeString(checksumFile, line, StandardCharsets.UTF_8);
            Files.createDirectories(copy.toAbsolutePath().getParent());
            Files.write(copy, spec.bytes());
        } catch (IOException e) {
            throw new SpecException("cannot record the accepted spec: " + e.getMessage(), e);
        }
    }

    /** The accepted document to compare against, or null when its copy is missing or not the one checksummed. */
    public SpecDocument acceptedDocument() {
        String checksum = acceptedChecksum();
        if (checksum == null || !Files.exists(copy)) {
            return null;
        }
        SpecDocument accepted = SpecDocument.load(copy);
        return sha256(accepted.bytes()).equals(checksum) ? accepted : null;
    }

    /** What to tell the user about a spec that differs from the accepted one. */
    public String changedMessage(SpecDocument spec) {
        String accepted = acceptedChecksum();
        return spec.file().getFileName() + " is not the accepted spec (accepted "
                + (accepted == null ? "none" : shortHash(accepted)) + ", now " + shortHash(sha256(spec.bytes()))
                + "). The client is regenerated from it and every scenario re-checked; once reviewed, record it with: "
                + ACCEPT_COMMAND;
    }

    private static String shortHash(String hash) {
        return hash.substring(0, Math.min(12, hash.length()));
    }
}
