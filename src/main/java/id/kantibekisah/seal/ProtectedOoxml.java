package id.kantibekisah.seal;

import org.apache.poi.poifs.crypt.ChainingMode;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;

/**
 * Writes an Office Open XML file (.xlsx) password-protected the way Excel does it: ECMA-376 agile encryption with
 * AES-256 (CBC) and SHA-512 key derivation (100,000 spins), inside an OLE2 container. Excel and LibreOffice ask for
 * the password and open it; without it the file shows nothing, not even sheet names. This is POI's implementation
 * of the standard, not ZIP encryption.
 */
public final class ProtectedOoxml {
    /** What writes the plain workbook. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ProtectedOoxml() {
    }

    /** Writes {@code content} encrypted under {@code password} to {@code out}. */
    public static void write(Content content, FilePassword password, OutputStream out) throws IOException {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile, CipherAlgorithm.aes256, HashAlgorithm.sha512,
                -1, -1, ChainingMode.cbc);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword(password.text());
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream plain = encryptor.getDataStream(fs)) {
                content.writeTo(plain);
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot encrypt the workbook", e);
            }
            fs.writeFilesystem(out);
        }
    }
}
