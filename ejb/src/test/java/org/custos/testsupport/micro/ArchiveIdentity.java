package org.custos.testsupport.micro;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;

/** What an archive is, byte for byte: its name and a digest of every entry's path and content, nested too. */
final class ArchiveIdentity {

    private ArchiveIdentity() {
    }

    static String of(Archive<?> archive) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        add(digest, archive);
        return archive.getName() + " " + HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, Archive<?> archive) {
        for (Map.Entry<ArchivePath, Node> entry : new TreeMap<>(archive.getContent()).entrySet()) {
            digest.update(entry.getKey().get().getBytes(StandardCharsets.UTF_8));
            Asset asset = entry.getValue().getAsset();
            if (asset instanceof ArchiveAsset nested) {
                add(digest, nested.getArchive());
            } else if (asset != null) {
                try (InputStream content = asset.openStream();
                     OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
                    content.transferTo(sink);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
